"""Telegram, without I/O where it can be: keyboards, commands, rendering; and the
client that sends through python-telegram-bot's `Bot`."""
