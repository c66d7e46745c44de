#!/usr/bin/env bash
# Start the desktop app with the given shell command (the README's first command) on a private
# Xvfb X server, as a newcomer on a fresh machine would, and check that a real window appears:
# the main window with the demo workspace open («demo.oppgave – … – oppgave» in its title).
# Then close it with Ctrl+Q like a user and require a clean exit. Fresh XDG folders, so no
# settings or last file of this machine take part. Needs xvfb, x11-utils and xdotool.
# Usage: bash .ci/start-app.sh 'python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/oppgave --demo'
set -euo pipefail
command=$1
timeout_s=${START_APP_TIMEOUT:-900}
scratch=$(mktemp -d)
app_pid=""
xvfb_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

Xvfb -displayfd 5 -screen 0 1280x720x24 -nolisten tcp 5>"$scratch/display" 2>"$scratch/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$scratch/display" ] && break; sleep 0.1; done
[ -s "$scratch/display" ] || { echo "Xvfb did not start"; cat "$scratch/xvfb.log"; exit 1; }
export DISPLAY=":$(head -n1 "$scratch/display")"
mkdir -p "$scratch/config" "$scratch/data" "$scratch/cache"
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
unset QT_QPA_PLATFORM WAYLAND_DISPLAY

echo "starting on $DISPLAY: $command"
started=$(date +%s)
bash -c "$command" >"$scratch/app.log" 2>&1 &
app_pid=$!
window=""
while [ -z "$window" ]; do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    wait "$app_pid" && rc=0 || rc=$?
    echo "the app ended (exit $rc) before its window appeared:"; tail -n 40 "$scratch/app.log"
    exit 1
  fi
  if [ $(( $(date +%s) - started )) -gt "$timeout_s" ]; then
    echo "no window after $timeout_s s"; tail -n 40 "$scratch/app.log"; exit 1
  fi
  sleep 1
  window=$(xdotool search --onlyvisible --name '^demo\.oppgave – .* – oppgave$' 2>/dev/null \
           | head -n1 || true)
done
echo "window $window after $(( $(date +%s) - started )) s: $(xdotool getwindowname "$window")"
xwininfo -id "$window" | grep -E 'Width|Height|Map State'

xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q
for _ in $(seq 300); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then
  echo "the app did not close on Ctrl+Q"; tail -n 40 "$scratch/app.log"; exit 1
fi
wait "$app_pid" && rc=0 || rc=$?
app_pid=""
[ "$rc" -eq 0 ] || { echo "the app exited with $rc"; tail -n 40 "$scratch/app.log"; exit 1; }
echo "the app closed cleanly"
