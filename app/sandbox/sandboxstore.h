#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>

namespace ct::sandbox {

/// The sandbox cloud's state: named collections of JSON objects (servers, images, volumes, ports, ...) kept in
/// `<dir>/state.json`, plus the resources' real bytes as files under `<dir>/<kind>/<id>`. Fields whose name starts
/// with '_' are internal and never rendered. Status changes that a real cloud makes asynchronously are scheduled
/// here (`schedule`) with an absolute due time, so they survive a restart and are driven by timers, not sleeps.
class SandboxStore : public QObject
{
    Q_OBJECT

public:
    explicit SandboxStore(QObject* parent = nullptr);
    ~SandboxStore() override;

    /// Opens (and creates) `dir`. `fresh` is set when there was no saved state. False with `error` on failure.
    bool open(const QString& dir, bool* fresh, QString* error);
    /// Forgets every object and file (the caller re-creates the defaults).
    void clear();
    QString dir() const { return m_dir; }
    /// `<dir>/<kind>/<id>`, e.g. filePath("images", id). The folder exists.
    QString filePath(const QString& kind, const QString& id) const;

    const QMap<QString, QJsonObject>& items(const QString& collection) const;
    QJsonObject item(const QString& collection, const QString& id) const;
    bool contains(const QString& collection, const QString& id) const;
    /// Inserts or replaces the object with key `obj["id"]` (or `key` when given); stamps `_updated_ms`
    /// (and `_seq`/`_created_ms` on first insertion).
    void put(const QString& collection, QJsonObject obj, const QString& key = {});
    void remove(const QString& collection, const QString& id);

    /// After `delayMs`, merges `fields` into the object (if it still exists and no later schedule replaced this
    /// one). A field `"_remove": true` deletes the object instead. Emits transitioned() afterwards.
    void schedule(const QString& collection, const QString& id, int delayMs, const QJsonObject& fields);

    /// Writes state.json if anything changed since the last save (atomic replace).
    void save();

    static qint64 nowMs();

signals:
    void transitioned(const QString& collection, const QString& id);

private:
    void arm(const QString& collection, const QString& id, qint64 dueMs, qint64 ticket);
    void applyPending(const QString& collection, const QString& id, qint64 ticket);

    QString m_dir;
    QHash<QString, QMap<QString, QJsonObject>> m_collections;
    qint64 m_sequence = 0;
    qint64 m_lastStamp = 0;
    bool m_dirty = false;
};

} // namespace ct::sandbox
