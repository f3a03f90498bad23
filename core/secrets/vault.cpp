#include "secrets/vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ct {

namespace {

const QLatin1String kFormat("cloudtwin-vault");
constexpr int kFormatVersion = 1;

QString b64(const QByteArray& bytes) { return QString::fromLatin1(bytes.toBase64()); }

QByteArray unb64(const QJsonValue& value) { return QByteArray::fromBase64(value.toString().toLatin1()); }

} // namespace

Result<QJsonObject> Vault::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("The encrypted secrets file %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
            tr("Cannot read the encrypted secrets file %1 (%2). Check its permissions.").arg(path, file.errorString()));
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(QStringLiteral("format")).toString() != kFormat)
        return makeError(ErrorCode::Corrupt,
            tr("The encrypted secrets file %1 is damaged. It has been left untouched; restore it from a "
               "backup, or move it away and enter your cloud passwords again.")
                .arg(path));
    if (document.object().value(QStringLiteral("version")).toInt() > kFormatVersion)
        return makeError(ErrorCode::SchemaTooNew,
            tr("The encrypted secrets file %1 was written by a newer CloudTwin. Install the newer version.").arg(path));
    return document.object();
}

Status Vault::save(const QString& path, const QJsonObject& document)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // QSaveFile writes a temporary file and renames it: a full disk or a crash leaves the old file intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
            tr("Cannot write the encrypted secrets file %1 (%2). Nothing was changed.").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io,
            tr("Cannot write the encrypted secrets file %1 (%2). The disk may be full; nothing was "
               "changed.")
                .arg(path, file.errorString()));
    return {};
}

Result<crypto::KeyPtr> Vault::create(const QString& path, const QString& password, const crypto::KdfCost& cost)
{
    if (QFile::exists(path))
        return makeError(ErrorCode::AlreadyExists, tr("The encrypted secrets file %1 already exists.").arg(path));
    auto dataKey = crypto::SecretKey::random();
    QJsonObject document {{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("entries"), QJsonObject()}, {QStringLiteral("keychain_names"), QJsonArray()}};
    if (auto status = save(path, document); !status)
        return status.error();
    if (auto status = rewrap(path, dataKey, password, cost); !status) {
        QFile::remove(path);
        return status.error();
    }
    return dataKey;
}

Status Vault::rewrap(
    const QString& path, const crypto::KeyPtr& dataKey, const QString& newPassword, const crypto::KdfCost& cost)
{
    auto document = load(path);
    if (!document)
        return document.error();
    const QByteArray salt = crypto::randomBytes(crypto::saltBytes());
    const auto wrappingKey = crypto::deriveKey(newPassword, salt, cost);
    if (!wrappingKey)
        return makeError(ErrorCode::Internal, tr("Could not derive a key from the password (out of memory?)."));
    const QByteArray raw(
        reinterpret_cast<const char*>(dataKey->bytes().data()), static_cast<qsizetype>(dataKey->bytes().size()));
    document->insert(QStringLiteral("kdf"),
        QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("argon2id13")}, {QStringLiteral("salt"), b64(salt)},
            {QStringLiteral("ops_limit"), static_cast<qint64>(cost.opsLimit)},
            {QStringLiteral("mem_limit"), static_cast<qint64>(cost.memLimit)}});
    document->insert(QStringLiteral("wrapped_key"), b64(crypto::seal(*wrappingKey, raw)));
    return save(path, *document);
}

Result<crypto::KeyPtr> Vault::unlock(const QString& path, const QString& password)
{
    auto document = load(path);
    if (!document)
        return document.error();
    const QJsonObject kdf = document->value(QStringLiteral("kdf")).toObject();
    const crypto::KdfCost cost {static_cast<unsigned long long>(kdf.value(QStringLiteral("ops_limit")).toInteger()),
        static_cast<size_t>(kdf.value(QStringLiteral("mem_limit")).toInteger())};
    const auto wrappingKey = crypto::deriveKey(password, unb64(kdf.value(QStringLiteral("salt"))), cost);
    if (!wrappingKey)
        return makeError(ErrorCode::Corrupt,
            tr("The encrypted secrets file %1 has damaged key settings. It has been left untouched.").arg(path));
    auto raw = crypto::open(*wrappingKey, unb64(document->value(QStringLiteral("wrapped_key"))));
    if (!raw)
        return makeError(
            ErrorCode::WrongPassword, tr("The encrypted secrets file %1 does not open with this password.").arg(path));
    return crypto::SecretKey::fromBytes(raw.value());
}

Vault::Vault(QString path, crypto::KeyPtr dataKey)
    : m_path(std::move(path))
    , m_key(std::move(dataKey))
{ }

Status Vault::put(const QString& name, const QByteArray& secret)
{
    auto document = load(m_path);
    if (!document)
        return document.error();
    QJsonObject entries = document->value(QStringLiteral("entries")).toObject();
    entries.insert(name, b64(crypto::seal(*m_key, secret)));
    document->insert(QStringLiteral("entries"), entries);
    return save(m_path, *document);
}

Result<QByteArray> Vault::get(const QString& name)
{
    auto document = load(m_path);
    if (!document)
        return document.error();
    const QJsonObject entries = document->value(QStringLiteral("entries")).toObject();
    if (!entries.contains(name))
        return makeError(ErrorCode::NotFound, tr("No secret named %1 is stored.").arg(name));
    auto plain = crypto::open(*m_key, unb64(entries.value(name)));
    if (!plain)
        return makeError(
            ErrorCode::Corrupt, tr("The stored secret %1 is damaged and cannot be read. Enter it again.").arg(name));
    return plain;
}

Status Vault::remove(const QString& name)
{
    auto document = load(m_path);
    if (!document)
        return document.error();
    QJsonObject entries = document->value(QStringLiteral("entries")).toObject();
    if (!entries.contains(name))
        return makeError(ErrorCode::NotFound, tr("No secret named %1 is stored.").arg(name));
    entries.remove(name);
    document->insert(QStringLiteral("entries"), entries);
    return save(m_path, *document);
}

Result<QStringList> Vault::names()
{
    auto document = load(m_path);
    if (!document)
        return document.error();
    return document->value(QStringLiteral("entries")).toObject().keys();
}

Status Vault::rememberKeychainName(const QString& name)
{
    auto document = load(m_path);
    if (!document)
        return document.error();
    QJsonArray list = document->value(QStringLiteral("keychain_names")).toArray();
    if (list.contains(name))
        return {};
    list.append(name);
    document->insert(QStringLiteral("keychain_names"), list);
    return save(m_path, *document);
}

Status Vault::forgetKeychainName(const QString& name)
{
    auto document = load(m_path);
    if (!document)
        return document.error();
    QJsonArray list = document->value(QStringLiteral("keychain_names")).toArray();
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        if (list.at(i).toString() == name)
            list.removeAt(i);
    }
    document->insert(QStringLiteral("keychain_names"), list);
    return save(m_path, *document);
}

Result<QStringList> Vault::keychainNames()
{
    auto document = load(m_path);
    if (!document)
        return document.error();
    QStringList names;
    const QJsonArray list = document->value(QStringLiteral("keychain_names")).toArray();
    for (const auto& value : list)
        names << value.toString();
    return names;
}

Status Vault::destroy()
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return makeError(ErrorCode::Io,
            tr("Cannot delete the encrypted secrets file %1. Check the folder's permissions.").arg(m_path));
    return {};
}

} // namespace ct
