#include "LeadChanges.h"

#include "PgLeadStorePrivate.h"

#include <QSqlDriver>
#include <QTimer>
#include <QUuid>

// The connection's side, on the listening thread: QPSQL delivers a notification through a
// socket notifier on the thread that owns the connection.
class LeadChangesListener final : public QObject
{
    Q_OBJECT
public:
    explicit LeadChangesListener(const QString& location)
        : m_location(location),
          m_connectionName(QStringLiteral("leadchanges-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
    }

    ~LeadChangesListener() override { disconnectFromServer(); }

    void start()
    {
        m_check = new QTimer(this);
        m_check->setInterval(kCheckMs);
        connect(m_check, &QTimer::timeout, this, &LeadChangesListener::check);
        m_check->start();
        if (!connectToServer()) {
            m_lost = true;
            emit connectionLost(m_lastError);
        }
    }

signals:
    void listening();
    void leadsChanged();
    void connectionLost(const QString& message);
    void connectionBack();

private:
    static constexpr int kCheckMs = 3000;

    bool connectToServer()
    {
        auto parsed = PgLocation::parse(m_location);
        if (!parsed) {
            m_lastError = parsed.errorMessage();
            return false;
        }
        auto db = connectPg(*parsed, m_connectionName);
        if (!db) {
            m_lastError = db.errorMessage();
            return false;
        }
        m_db = *db;
        if (!m_db.driver()->subscribeToNotification(QString::fromLatin1(PgLeadStore::kLeadsChannel))
            || !m_db.driver()->subscribeToNotification(QString::fromLatin1(PgLeadStore::kTeamChannel))) {
            m_lastError = pgError(PgMessages::tr("listening for changes"), m_db.driver()->lastError()).message;
            disconnectFromServer();
            return false;
        }
        connect(m_db.driver(), &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource, const QVariant&) {
                    // A teammate's change of the pipeline reads as the sync's leads do: the
                    // rows on screen are read again, in place.
                    if (name == QLatin1String(PgLeadStore::kLeadsChannel) || name == QLatin1String(PgLeadStore::kTeamChannel))
                        emit leadsChanged();
                });
        emit listening();
        return true;
    }

    void disconnectFromServer()
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = QSqlDatabase();
        }
        if (QSqlDatabase::contains(m_connectionName))
            QSqlDatabase::removeDatabase(m_connectionName);
    }

    // A connection that died says so only when used: a trivial statement now and then.
    void check()
    {
        if (m_db.isValid() && m_db.isOpen()) {
            QSqlError failure;
            {
                QSqlQuery ping(m_db);
                if (!ping.exec(QStringLiteral("SELECT 1")))
                    failure = ping.lastError();
            }
            if (!failure.isValid())
                return;
            m_lastError = pgError(PgMessages::tr("listening for changes"), failure).message;
        }
        // Gone: the ping failed, or the driver closed the connection when the server ended it.
        disconnectFromServer();
        if (!m_lost) {
            m_lost = true;
            emit connectionLost(m_lastError);
        }
        if (connectToServer()) {
            m_lost = false;
            emit connectionBack();
            emit leadsChanged(); // whatever was committed meanwhile
        }
    }

    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer* m_check = nullptr;
    QString m_lastError;
    bool m_lost = false;
};

std::unique_ptr<LeadChanges> LeadChanges::listen(const QString& location)
{
    if (!PgLeadStore::isTeamServer(location))
        return nullptr;
    return std::unique_ptr<LeadChanges>(new LeadChanges(location));
}

LeadChanges::LeadChanges(const QString& location)
{
    m_thread.setObjectName(QStringLiteral("LeadChanges"));
    m_listener = new LeadChangesListener(location);
    m_listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &LeadChangesListener::listening, this, &LeadChanges::listening);
    connect(m_listener, &LeadChangesListener::leadsChanged, this, &LeadChanges::leadsChanged);
    connect(m_listener, &LeadChangesListener::connectionLost, this, &LeadChanges::connectionLost);
    connect(m_listener, &LeadChangesListener::connectionBack, this, &LeadChanges::connectionBack);
    m_thread.start();
    QMetaObject::invokeMethod(m_listener, &LeadChangesListener::start, Qt::QueuedConnection);
}

LeadChanges::~LeadChanges()
{
    m_thread.quit();
    m_thread.wait();
}

#include "LeadChanges.moc"
