#include "auth/sessionfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ct {

Result<SessionTicket> SessionFile::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return makeError(ErrorCode::NotLoggedIn, tr("not logged in — run: cloudtwinctl login NAME"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read the session file %1 (%2).").arg(m_path, file.errorString()));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    SessionTicket ticket {object.value(QStringLiteral("session")).toString(),
        QByteArray::fromBase64(object.value(QStringLiteral("token")).toString().toLatin1())};
    if (ticket.id.isEmpty() || ticket.token.isEmpty())
        return makeError(ErrorCode::NotLoggedIn,
            tr("The session file %1 is damaged. Sign in again: cloudtwinctl login NAME").arg(m_path));
    return ticket;
}

Status SessionFile::write(const SessionTicket& ticket) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write the session file %1 (%2).").arg(m_path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = QJsonDocument(QJsonObject {{QStringLiteral("session"), ticket.id},
                                               {QStringLiteral("token"), QString::fromLatin1(ticket.token.toBase64())}})
                                 .toJson(QJsonDocument::Compact);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io,
            tr("Cannot write the session file %1 (%2). The disk may be full.").arg(m_path, file.errorString()));
    return {};
}

Status SessionFile::remove() const
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return makeError(ErrorCode::Io, tr("Cannot delete the session file %1.").arg(m_path));
    return {};
}

} // namespace ct
