#include "httpconnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>
#include <QUrl>

namespace ct::sandbox {

namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kInMemoryBodyLimit = 1024 * 1024; ///< bigger bodies go to a spool file
constexpr qint64 kFileChunk = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 206:
        return QByteArrayLiteral("Partial Content");
    case 300:
        return QByteArrayLiteral("Multiple Choices");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 406:
        return QByteArrayLiteral("Not Acceptable");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Request Entity Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 416:
        return QByteArrayLiteral("Requested Range Not Satisfiable");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const QString& spoolDir, Handler handler, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_spoolDir(spoolDir)
    , m_handler(std::move(handler))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer.append(m_socket->readAll());
    process();
}

void HttpConnection::process()
{
    while (m_socket && m_state != State::Responding) {
        switch (m_state) {
        case State::Headers: {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHeaderBytes)
                    fail(431, "Request Header Fields Too Large");
                return;
            }
            if (!parseHeaders())
                return;
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            if (take > 0 && !appendBody(m_buffer.constData(), take))
                return;
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return;
            finishRequest();
            break;
        }
        case State::ChunkSize: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return;
            QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            const qsizetype semicolon = line.indexOf(';');
            if (semicolon >= 0)
                line.truncate(semicolon);
            bool ok = false;
            m_remaining = line.trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0) {
                fail(400, "Bad Request");
                return;
            }
            m_state = m_remaining == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            if (take > 0 && !appendBody(m_buffer.constData(), take))
                return;
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return;
            m_state = State::ChunkEnd;
            break;
        }
        case State::ChunkEnd:
            if (m_buffer.size() < 2)
                return;
            m_buffer.remove(0, 2);
            m_state = State::ChunkSize;
            break;
        case State::Trailers: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return;
            m_buffer.remove(0, end + 2);
            if (end == 0)
                finishRequest();
            break;
        }
        case State::Responding:
            return;
        }
    }
}

bool HttpConnection::parseHeaders()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    m_request = HttpRequest();
    m_request.peer = m_socket->peerAddress();
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3) {
        fail(400, "Bad Request");
        return false;
    }
    m_request.method = first.at(0).toUpper();
    const QUrl target(QString::fromLatin1(first.at(1)));
    m_request.path = target.path(QUrl::FullyDecoded);
    m_request.query = QUrlQuery(target);
    if (const qsizetype mark = first.at(1).indexOf('?'); mark >= 0)
        m_request.rawQuery = first.at(1).mid(mark + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            m_request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const QByteArray connection = m_request.header("connection").toLower();
    m_closeAfter = first.at(2) == "HTTP/1.0" ? !connection.contains("keep-alive") : connection.contains("close");
    if (m_request.header("expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");

    m_spool.reset();
    if (m_request.header("transfer-encoding").toLower().contains("chunked")) {
        m_state = State::ChunkSize;
        return true;
    }
    bool ok = true;
    const QByteArray lengthHeader = m_request.header("content-length");
    m_remaining = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
    if (!ok || m_remaining < 0) {
        fail(400, "Bad Request");
        return false;
    }
    if (m_remaining > kInMemoryBodyLimit) {
        m_spool = std::make_unique<QTemporaryFile>(m_spoolDir + QStringLiteral("/upload-XXXXXX"));
        if (!m_spool->open()) {
            fail(500, "Internal Server Error");
            return false;
        }
    }
    m_state = State::Body;
    return true;
}

bool HttpConnection::appendBody(const char* data, qint64 size)
{
    m_request.bodySize += size;
    if (!m_spool && m_request.body.size() + size > kInMemoryBodyLimit) {
        // A chunked body that outgrew memory: move what we have to a spool file.
        m_spool = std::make_unique<QTemporaryFile>(m_spoolDir + QStringLiteral("/upload-XXXXXX"));
        if (!m_spool->open() || m_spool->write(m_request.body) != m_request.body.size()) {
            fail(500, "Internal Server Error");
            return false;
        }
        m_request.body.clear();
    }
    if (m_spool) {
        if (m_spool->write(data, size) != size) {
            fail(507, "Insufficient Storage");
            return false;
        }
        return true;
    }
    m_request.body.append(data, size);
    return true;
}

void HttpConnection::finishRequest()
{
    m_state = State::Responding;
    if (m_spool) {
        m_spool->flush();
        m_request.bodyFile = m_spool->fileName();
    }
    m_headOnly = m_request.method == "HEAD";
    const HttpResponse response = m_handler ? m_handler(m_request) : HttpResponse::empty(500);
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, this, [this, response]() { send(response); });
        return;
    }
    send(response);
}

void HttpConnection::send(const HttpResponse& response)
{
    if (!m_socket)
        return;
    if (response.drop) {
        m_socket->abort();
        deleteLater();
        return;
    }
    qint64 length = response.body.size();
    if (!response.file.isEmpty()) {
        m_file = std::make_unique<QFile>(response.file);
        if (!m_file->open(QIODevice::ReadOnly) || !m_file->seek(response.fileOffset)) {
            m_file.reset();
            fail(500, "Internal Server Error");
            return;
        }
        length = response.fileLength;
        m_fileRemaining = m_headOnly ? 0 : response.fileLength;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    if (response.status != 204 && response.status != 304)
        out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    out += m_closeAfter ? QByteArrayLiteral("Connection: close\r\n") : QByteArrayLiteral("Connection: keep-alive\r\n");
    out += "\r\n";
    if (!m_headOnly && response.file.isEmpty())
        out += response.body;
    m_socket->write(out);
    if (m_file)
        pumpFile();
    else if (m_socket->bytesToWrite() == 0)
        finishResponse();
}

void HttpConnection::pumpFile()
{
    while (m_socket && m_file && m_fileRemaining > 0 && m_socket->bytesToWrite() < 2 * kFileChunk) {
        const QByteArray chunk = m_file->read(qMin(kFileChunk, m_fileRemaining));
        if (chunk.isEmpty()) {
            m_socket->abort(); // the file shrank under us: the client sees a short body, never a wrong one
            return;
        }
        m_fileRemaining -= chunk.size();
        m_socket->write(chunk);
    }
}

void HttpConnection::onBytesWritten()
{
    if (m_state != State::Responding || !m_socket)
        return;
    if (m_file && m_fileRemaining > 0) {
        pumpFile();
        return;
    }
    if (m_socket->bytesToWrite() == 0)
        finishResponse();
}

void HttpConnection::finishResponse()
{
    m_file.reset();
    m_spool.reset();
    m_request = HttpRequest();
    m_state = State::Headers;
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::process);
}

void HttpConnection::fail(int status, const QByteArray& reason)
{
    if (!m_socket)
        return;
    m_socket->write(
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    m_socket->disconnectFromHost();
    m_state = State::Responding;
}

} // namespace ct::sandbox
