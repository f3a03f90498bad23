#include "store/databaseurl.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace ct {

DatabaseUrl DatabaseUrl::sqliteFile(const QString& path)
{
    DatabaseUrl url;
    url.kind = Kind::Sqlite;
    url.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("The database URL is empty. Use sqlite:///path/to/file, "
               "postgresql://user@host:port/name or mysql://user@host:port/name."));
    if (!trimmed.contains(QLatin1String("://")))
        return sqliteFile(trimmed);

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return makeError(ErrorCode::InvalidInput,
            tr("The database URL is not a valid URL (%1). Example: postgresql://cloudtwin@127.0.0.1:5432/"
               "cloudtwin.")
                .arg(url.errorString()));

    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("sqlite")) {
        if (url.path().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                tr("The SQLite database URL names no file. Write it as sqlite:///absolute/path/file.db."));
        return sqliteFile(url.path());
    }

    DatabaseUrl result;
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        result.kind = Kind::PostgreSql;
    } else if (scheme == QLatin1String("mysql") || scheme == QLatin1String("mariadb")) {
        result.kind = Kind::MySql;
    } else {
        return makeError(ErrorCode::InvalidInput,
            tr("Unknown database type \"%1\" in the database URL. Use sqlite, postgresql or mysql.").arg(url.scheme()));
    }
    result.host = url.host();
    result.port = url.port(result.kind == Kind::PostgreSql ? 5432 : 3306);
    result.databaseName = url.path().mid(1);
    result.userName = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    if (result.password.isEmpty())
        result.password = qEnvironmentVariable("CLOUDTWIN_DATABASE_PASSWORD");
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items)
        options << key + QLatin1Char('=') + value;
    result.options = options.join(QLatin1Char(';'));
    if (result.host.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("The database URL names no server. Example: %1://user@127.0.0.1/cloudtwin.").arg(scheme));
    if (result.databaseName.isEmpty() || result.databaseName.contains(QLatin1Char('/')))
        return makeError(ErrorCode::InvalidInput,
            tr("The database URL names no database. Add it after the server, for example "
               "%1://user@%2/cloudtwin.")
                .arg(scheme, result.host));
    return result;
}

QString DatabaseUrl::driverName() const
{
    switch (kind) {
    case Kind::Sqlite:
        return QStringLiteral("QSQLITE");
    case Kind::PostgreSql:
        return QStringLiteral("QPSQL");
    case Kind::MySql:
        return QStringLiteral("QMARIADB");
    }
    return {};
}

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QString text = kind == Kind::PostgreSql ? QStringLiteral("postgresql://") : QStringLiteral("mysql://");
    if (!userName.isEmpty())
        text += userName + (password.isEmpty() ? QString() : QStringLiteral(":***")) + QLatin1Char('@');
    return text + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + databaseName;
}

} // namespace ct
