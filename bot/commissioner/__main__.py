from bot.commissioner.app import main

main()
