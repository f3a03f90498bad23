#pragma once

#include <QString>

namespace ct::terminal {

bool stdinIsTerminal();
bool stdoutIsTerminal();
/// Prints `prompt` on stderr and reads one line from the terminal without echoing it.
QString readHiddenLine(const QString& prompt);
/// Reads one line from stdin (without the line break). Sets `ok` false at end of input.
QString readLine(bool* ok);

} // namespace ct::terminal
