#pragma once

#include "auth/accountservice.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace ct {

/// The CLI's "who is logged in" file in the data folder (mode 0600). It holds a session id and a random
/// token, never the password; `cloudtwinctl logout` deletes it and the matching database row.
class SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(SessionFile)

public:
    explicit SessionFile(QString path)
        : m_path(std::move(path))
    { }

    /// NotLoggedIn when there is no file.
    Result<SessionTicket> read() const;
    Status write(const SessionTicket& ticket) const;
    Status remove() const;
    const QString& path() const { return m_path; }

private:
    QString m_path;
};

} // namespace ct
