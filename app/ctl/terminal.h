#pragma once

#include <QString>

namespace ct::terminal {

bool stdinIsTerminal();
bool stdoutIsTerminal();
/// Prints `prompt` on stderr and reads one line from the terminal without echoing it.
QString readHiddenLine(const QString& prompt);
/// Reads one line from stdin (without the line break). Sets `ok` false at end of input.
QString readLine(bool* ok);
/// Whether a process with this id is still running (for a create started in the background).
bool processIsRunning(qint64 pid);

} // namespace ct::terminal
