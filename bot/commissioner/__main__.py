import sys

from bot.commissioner.app import main

sys.exit(main())
