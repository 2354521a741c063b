import sys

from bot.cli.main import run

sys.exit(run())
