#include "sandboxstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace ct::sandbox {

namespace {
const QString kStateFile = QStringLiteral("state.json");
const QMap<QString, QJsonObject> kEmpty;
} // namespace

SandboxStore::SandboxStore(QObject* parent)
    : QObject(parent)
{ }

SandboxStore::~SandboxStore() { save(); }

qint64 SandboxStore::nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

bool SandboxStore::open(const QString& dir, bool* fresh, QString* error)
{
    m_dir = QDir(dir).absolutePath();
    if (!QDir().mkpath(m_dir) || !QDir().mkpath(m_dir + QStringLiteral("/tmp"))) {
        *error = QStringLiteral("cannot create the state folder %1").arg(m_dir);
        return false;
    }
    m_collections.clear();
    QFile file(m_dir + u'/' + kStateFile);
    *fresh = !file.exists();
    if (*fresh)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1 is damaged (%2); move it away to start with a fresh sandbox")
                     .arg(file.fileName(), parseError.errorString());
        return false;
    }
    m_sequence = root.value(QStringLiteral("sequence")).toInteger();
    const QJsonObject collections = root.value(QStringLiteral("collections")).toObject();
    for (auto it = collections.begin(); it != collections.end(); ++it) {
        const QJsonObject objects = it.value().toObject();
        auto& target = m_collections[it.key()];
        for (auto objectIt = objects.begin(); objectIt != objects.end(); ++objectIt)
            target.insert(objectIt.key(), objectIt.value().toObject());
    }
    // Resume the transitions that were pending when the sandbox stopped.
    for (auto collIt = m_collections.cbegin(); collIt != m_collections.cend(); ++collIt) {
        for (auto objIt = collIt->cbegin(); objIt != collIt->cend(); ++objIt) {
            const QJsonObject pending = objIt->value(QStringLiteral("_pending")).toObject();
            if (!pending.isEmpty())
                arm(collIt.key(), objIt.key(), pending.value(QStringLiteral("due")).toInteger(),
                    pending.value(QStringLiteral("ticket")).toInteger());
        }
    }
    return true;
}

void SandboxStore::clear()
{
    m_collections.clear();
    for (const QString& kind : QDir(m_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (kind != QStringLiteral("tmp"))
            QDir(m_dir + u'/' + kind).removeRecursively();
    }
    m_dirty = true;
}

QString SandboxStore::filePath(const QString& kind, const QString& id) const
{
    const QString folder = m_dir + u'/' + kind;
    QDir().mkpath(folder);
    return folder + u'/' + id;
}

const QMap<QString, QJsonObject>& SandboxStore::items(const QString& collection) const
{
    const auto it = m_collections.constFind(collection);
    return it == m_collections.cend() ? kEmpty : *it;
}

QJsonObject SandboxStore::item(const QString& collection, const QString& id) const
{
    return items(collection).value(id);
}

bool SandboxStore::contains(const QString& collection, const QString& id) const
{
    return items(collection).contains(id);
}

void SandboxStore::put(const QString& collection, QJsonObject obj, const QString& key)
{
    const QString id = key.isEmpty() ? obj.value(QStringLiteral("id")).toString() : key;
    // Strictly increasing stamps: changes-since must see two changes in the same millisecond as ordered.
    m_lastStamp = qMax(m_lastStamp + 1, nowMs());
    if (!obj.contains(QStringLiteral("_seq"))) {
        obj.insert(QStringLiteral("_seq"), ++m_sequence);
        if (!obj.contains(QStringLiteral("_created_ms")))
            obj.insert(QStringLiteral("_created_ms"), nowMs());
    }
    obj.insert(QStringLiteral("_updated_ms"), m_lastStamp);
    m_collections[collection].insert(id, obj);
    m_dirty = true;
}

void SandboxStore::remove(const QString& collection, const QString& id)
{
    if (m_collections[collection].remove(id) > 0)
        m_dirty = true;
}

void SandboxStore::schedule(const QString& collection, const QString& id, int delayMs, const QJsonObject& fields)
{
    auto it = m_collections[collection].find(id);
    if (it == m_collections[collection].end())
        return;
    const qint64 ticket = ++m_sequence;
    const qint64 due = nowMs() + qMax(0, delayMs);
    it->insert(QStringLiteral("_pending"),
        QJsonObject {
            {QStringLiteral("due"), due}, {QStringLiteral("ticket"), ticket}, {QStringLiteral("set"), fields}});
    m_dirty = true;
    arm(collection, id, due, ticket);
}

void SandboxStore::arm(const QString& collection, const QString& id, qint64 dueMs, qint64 ticket)
{
    const qint64 wait = qMax<qint64>(0, dueMs - nowMs());
    QTimer::singleShot(std::chrono::milliseconds(wait), this,
        [this, collection, id, ticket]() { applyPending(collection, id, ticket); });
}

void SandboxStore::applyPending(const QString& collection, const QString& id, qint64 ticket)
{
    auto& objects = m_collections[collection];
    auto it = objects.find(id);
    if (it == objects.end())
        return;
    const QJsonObject pending = it->value(QStringLiteral("_pending")).toObject();
    if (pending.value(QStringLiteral("ticket")).toInteger() != ticket)
        return; // replaced by a later action
    const QJsonObject fields = pending.value(QStringLiteral("set")).toObject();
    if (fields.value(QStringLiteral("_remove")).toBool()) {
        objects.erase(it);
        m_dirty = true;
    } else {
        QJsonObject obj = *it;
        obj.remove(QStringLiteral("_pending"));
        for (auto field = fields.begin(); field != fields.end(); ++field)
            obj.insert(field.key(), field.value());
        put(collection, obj, id);
    }
    save();
    emit transitioned(collection, id);
}

void SandboxStore::save()
{
    if (!m_dirty || m_dir.isEmpty())
        return;
    QJsonObject collections;
    for (auto it = m_collections.cbegin(); it != m_collections.cend(); ++it) {
        QJsonObject objects;
        for (auto objIt = it->cbegin(); objIt != it->cend(); ++objIt)
            objects.insert(objIt.key(), *objIt);
        collections.insert(it.key(), objects);
    }
    const QJsonObject root {{QStringLiteral("format"), 1}, {QStringLiteral("sequence"), m_sequence},
        {QStringLiteral("collections"), collections}};
    QSaveFile file(m_dir + u'/' + kStateFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
        if (file.commit())
            m_dirty = false;
    }
}

} // namespace ct::sandbox
