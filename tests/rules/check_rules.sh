#!/usr/bin/env bash
# Architecture rules that a compiler cannot see, checked on every test run:
#  1. core/ includes nothing from QtWidgets or QtGui, and cloudtwinctl (core only) does not link them.
#  2. No nested event loops in product code: QEventLoop, processEvents, waitFor*, dialog exec().
#  3. No secrets in log statements: credential names never appear in a qDebug/qC* line.
set -u
src=$1; ctl=${2:-}
fail=0
report() { echo "RULE BROKEN: $1"; shift; printf '  %s\n' "$@"; fail=1; }

hits=$(grep -rnE '#include <(QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QIcon|QPixmap|QImage|QColor|QFont)' "$src/core" 2>/dev/null)
[ -n "$hits" ] && report "core/ must not include QtWidgets or QtGui headers" "$hits"

if [ -n "$ctl" ] && command -v ldd >/dev/null; then
  linked=$(ldd "$ctl" | grep -E 'libQt6(Gui|Widgets)' || true)
  [ -n "$linked" ] && report "cloudtwinctl links QtGui/QtWidgets through core" "$linked"
fi

hits=$(grep -rnE 'QEventLoop|processEvents|waitForFinished|waitForReadyRead|waitForConnected|waitForBytesWritten|->exec\(\)|\.exec\(\)' \
  "$src/core" "$src/ui" "$src/app" 2>/dev/null | grep -vE 'QApplication::exec\(\)|QCoreApplication::exec\(\)|query(\.|->)exec\(|// rules: allowed')
[ -n "$hits" ] && report "no nested event loops or blocking waits in product code (use signals, QFuture::then, dialog open())" "$hits"

hits=$(grep -rnE 'q(C?Debug|C?Info|C?Warning|C?Critical)\b.*\b(password|secret|token|apiKey|passphrase)\b' \
  "$src/core" "$src/ui" "$src/app" 2>/dev/null | grep -viE '"[^"]*(password|secret|token)[^"]*"' )
[ -n "$hits" ] && report "a log statement mentions a credential variable" "$hits"

[ $fail -eq 0 ] && echo "architecture rules hold"
exit $fail
