#!/bin/sh
# Print the path of a Python that Rasa 3.6 runs on (3.8 to 3.10), or explain
# how to get one. Order: $PYTHON, python3.10 on PATH, pyenv's 3.10 builds.
ok() { "$1" -c 'import sys; sys.exit(not ((3, 8) <= sys.version_info[:2] <= (3, 10)))' 2>/dev/null; }
for candidate in "${PYTHON:-}" python3.10; do
  [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 && ok "$candidate" && { command -v "$candidate"; exit 0; }
done
if command -v pyenv >/dev/null 2>&1; then
  for candidate in $(ls -d "$(pyenv root)"/versions/3.10.*/bin/python 2>/dev/null | sort -rV); do
    ok "$candidate" && { echo "$candidate"; exit 0; }
  done
fi
echo "Sounding Board needs Python 3.10 (Rasa 3.6 supports 3.8-3.10)." >&2
echo "Install it with 'pyenv install 3.10.13' (or your OS's python3.10), or set PYTHON=/path/to/python3.10." >&2
exit 1
