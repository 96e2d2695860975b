#include "HttpServer.h"

#include "server/api/Api.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QThread>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <httplib.h>
#include <memory>

namespace govcat::server {

namespace {

std::atomic<httplib::Server*> g_running{nullptr};

void stopOnSignal(int)
{
    if (httplib::Server* server = g_running.load()) {
        server->stop(); // closes the listening socket: listen() returns, workers finish
    }
}

// This thread's database connection, opened on first use and removed when the thread ends.
class ThreadConnection
{
public:
    ~ThreadConnection()
    {
        if (!m_name.isEmpty()) {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
    }

    QSqlDatabase get(const ServerConfig& config)
    {
        if (m_name.isEmpty()) {
            static std::atomic<int> counter{0};
            m_name = QStringLiteral("govcat-server-%1").arg(++counter);
            return openDatabase(config, m_name);
        }
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (!db.isOpen()) {
            db.open();
        }
        return db;
    }

    // After a failed request: the next one starts from a fresh connection.
    void reset()
    {
        if (!m_name.isEmpty()) {
            QSqlDatabase::database(m_name, false).close();
        }
    }

private:
    QString m_name;
};

thread_local ThreadConnection t_connection;
thread_local QElapsedTimer t_started;
thread_local QString t_user;

void sendJson(httplib::Response& res, int status, const QJsonObject& body)
{
    res.status = status;
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    res.set_content(bytes.constData(), static_cast<size_t>(bytes.size()), "application/json; charset=utf-8");
}

void handle(const ServerConfig& config, const httplib::Request& req, httplib::Response& res)
{
    ApiRequest request;
    request.method = QByteArray::fromStdString(req.method);
    request.path = QByteArray::fromStdString(req.path);
    for (const auto& [name, value] : req.headers) {
        request.headers.insert(QByteArray::fromStdString(name).toLower(), QByteArray::fromStdString(value));
    }
    for (const auto& [name, value] : req.params) {
        request.query.addQueryItem(QString::fromStdString(name), QString::fromStdString(value));
    }
    request.body = QByteArray::fromStdString(req.body);
    QSqlDatabase pg = t_connection.get(config);
    sync::PushLimits limits;
    limits.maxBodyBytes = config.maxBodyBytes;
    ApiResponse response;
    if (!pg.isOpen()) {
        response = ApiResponse{503, unavailableBody(), QStringLiteral("-")};
    } else {
        response = handleRequest(request, ApiContext{pg, Clock::instance(), limits});
    }
    if (response.status >= 500) {
        t_connection.reset();
    }
    t_user = response.user;
    sendJson(res, response.status, response.body);
}

} // namespace

bool serveHttp(const ServerConfig& config, QString* why)
{
    std::unique_ptr<httplib::Server> server;
    if (!config.tlsCertificate.isEmpty()) {
        auto tls = std::make_unique<httplib::SSLServer>(config.tlsCertificate.toLocal8Bit().constData(),
                                                        config.tlsKey.toLocal8Bit().constData());
        if (!tls->is_valid()) {
            *why = QStringLiteral("the TLS certificate or key cannot be loaded");
            return false;
        }
        server = std::move(tls);
    } else {
        server = std::make_unique<httplib::Server>();
    }
    const int threads = config.threads;
    server->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    server->set_payload_max_length(static_cast<size_t>(config.maxBodyBytes));
    server->set_keep_alive_max_count(100);
    server->set_read_timeout(30, 0);
    server->set_write_timeout(30, 0);
    server->set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        t_started.start();
        t_user = QStringLiteral("-");
        return httplib::Server::HandlerResponse::Unhandled;
    });
    auto route = [&config](const httplib::Request& req, httplib::Response& res) { handle(config, req, res); };
    server->Get(".*", route);
    server->Post(".*", route);
    server->set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.status == 413) {
            sendJson(res, 413, tooLargeBody());
        }
    });
    server->set_logger([](const httplib::Request& req, const httplib::Response& res) {
        const qint64 ms = t_started.isValid() ? t_started.elapsed() : 0;
        std::fprintf(stderr, "%s %s %d %lldms %s\n", req.method.c_str(), req.path.c_str(), res.status,
                     static_cast<long long>(ms), t_user.isEmpty() ? "-" : t_user.toUtf8().constData());
        t_started.invalidate();
        t_user.clear();
    });
    if (!server->bind_to_port(config.listenAddress.toStdString(), config.listenPort)) {
        *why = QStringLiteral("cannot listen on %1:%2").arg(config.listenAddress).arg(config.listenPort);
        return false;
    }
    g_running = server.get();
    std::signal(SIGINT, stopOnSignal);
    std::signal(SIGTERM, stopOnSignal);
    std::fprintf(stderr, "govcat-server: listening on %s:%d (%s)\n",
                 config.listenAddress.toUtf8().constData(), config.listenPort,
                 config.tlsCertificate.isEmpty() ? "http" : "https");
    server->listen_after_bind();
    g_running = nullptr;
    return true;
}

} // namespace govcat::server
