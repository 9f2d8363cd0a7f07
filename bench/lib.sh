# Shared by the benchmark scripts: messages, the API's address, stopping the application.
# Sourced after ROOT and PORT are known; not meant to be run.

say() { echo "bench: $*" >&2; }

die() {
  say "$*"
  exit 1
}

api() { echo "http://127.0.0.1:$PORT/evidentia/api/v1/$1"; }

# Stops the application started with setsid (its whole process group), TERM first, then KILL.
stop_app() {
  [ -n "$APP_PID" ] || return 0
  local i
  kill -TERM -- "-$APP_PID" 2>/dev/null || true
  for i in $(seq 1 60); do
    kill -0 -- "-$APP_PID" 2>/dev/null || break
    sleep 1
  done
  kill -KILL -- "-$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}
