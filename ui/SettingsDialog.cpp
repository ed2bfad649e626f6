#include "SettingsDialog.h"

#include "ApiKeyStore.h"
#include "AttachmentFetcher.h"
#include "LeadStore.h"
#include "PgLeadStore.h"
#include "CacheFileSetting.h"
#include "SourceSettings.h"
#include "Theme.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);

    auto* keys = new QGroupBox(tr("API keys"), this);
    auto* keyForm = new QFormLayout(keys);
    m_samKey = new QLineEdit(keys);
    m_samKey->setEchoMode(QLineEdit::Password);
    m_samKey->setAccessibleName(tr("SAM.gov API key"));
    m_samKey->setPlaceholderText(tr("From your SAM.gov account details page"));
    m_itaKey = new QLineEdit(keys);
    m_itaKey->setEchoMode(QLineEdit::Password);
    m_itaKey->setAccessibleName(tr("ITA API key"));
    m_itaKey->setPlaceholderText(tr("From developer.trade.gov"));
    keyForm->addRow(tr("&SAM.gov key:"), m_samKey);
    keyForm->addRow(tr("&ITA key:"), m_itaKey);
    m_keyStorage = new QLabel(keys);
    m_keyStorage->setObjectName(QStringLiteral("keyStorageNotice"));
    m_keyStorage->setWordWrap(true);
    m_keyStorage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    keyForm->addRow(m_keyStorage);
    layout->addWidget(keys);

    auto* sources = new QGroupBox(tr("Sources"), this);
    auto* sourceForm = new QFormLayout(sources);
    m_samUrl = new QLineEdit(sources);
    m_itaUrl = new QLineEdit(sources);
    m_samCsvUrl = new QLineEdit(sources);
    m_samCsv = new QCheckBox(tr("Include the SAM.gov bulk CSV in every sync (public, no key, no quota; ~230 MB)"),
                             sources);
    m_quota = new QComboBox(sources);
    m_quota->addItem(tr("10 requests a day (no SAM.gov role)"), 10);
    m_quota->addItem(tr("1,000 requests a day (role or system account)"), 1000);
    m_quota->addItem(tr("10,000 requests a day (federal system account)"), 10000);
    m_autoSyncHours = new QSpinBox(sources);
    m_autoSyncHours->setRange(0, 168);
    m_autoSyncHours->setSpecialValueText(tr("never"));
    m_autoSyncHours->setSuffix(tr(" hours"));
    sourceForm->addRow(tr("SAM.gov &API:"), m_samUrl);
    sourceForm->addRow(tr("ITA A&PI:"), m_itaUrl);
    sourceForm->addRow(tr("Bulk &CSV:"), m_samCsvUrl);
    sourceForm->addRow(m_samCsv);
    sourceForm->addRow(tr("SAM.gov &quota:"), m_quota);
    sourceForm->addRow(tr("Sync auto&matically every:"), m_autoSyncHours);
    auto* switches = new QGridLayout;
    int index = 0;
    for (const QString& key : SourceSettings::syncSourceKeys()) {
        if (key == QLatin1String("sam-csv"))
            continue;
        auto* box = new QCheckBox(key, sources);
        box->setToolTip(tr("Include %1 when syncing everything").arg(key));
        box->setProperty("sourceKey", key);
        switches->addWidget(box, index / 4, index % 4);
        m_sourceSwitches.append(box);
        ++index;
    }
    sourceForm->addRow(tr("Sources to sync:"), switches);
    layout->addWidget(sources);

    auto* attachments = new QGroupBox(tr("Attachments"), this);
    auto* attachmentForm = new QFormLayout(attachments);
    m_attachmentFileMb = new QSpinBox(attachments);
    m_attachmentFileMb->setRange(1, 100000);
    m_attachmentFileMb->setSuffix(tr(" MB"));
    m_attachmentTotalMb = new QSpinBox(attachments);
    m_attachmentTotalMb->setRange(10, 10000000);
    m_attachmentTotalMb->setSingleStep(1000);
    m_attachmentTotalMb->setSuffix(tr(" MB"));
    m_fetchStarred = new QCheckBox(tr("Download the attachments of starred leads after each sync"), attachments);
    m_fetchStarred->setToolTip(tr("Every download from SAM.gov counts against the daily quota"));
    attachmentForm->addRow(tr("Largest &file:"), m_attachmentFileMb);
    attachmentForm->addRow(tr("All files at &most:"), m_attachmentTotalMb);
    attachmentForm->addRow(m_fetchStarred);
    layout->addWidget(attachments);

    // After the sources: tests find the quota as the dialog's first combo box.
    auto* application = new QGroupBox(tr("Application"), this);
    auto* applicationForm = new QFormLayout(application);
    m_language = new QComboBox(application);
    m_language->addItem(tr("System default (%1)").arg(Translations::nativeName(
                            Translations::languageFor(Translations::localeFor(QString())))),
                        QString());
    for (const QString& code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    m_theme = new QComboBox(application);
    m_theme->addItem(tr("System"), Theme::name(Theme::Choice::System));
    m_theme->addItem(tr("Light"), Theme::name(Theme::Choice::Light));
    m_theme->addItem(tr("Dark"), Theme::name(Theme::Choice::Dark));
    m_cacheFile = new QLineEdit(application);
    m_cacheFile->setPlaceholderText(LeadStore::defaultPath());
    m_cacheFile->setToolTip(tr("A cache file on this computer, or a team server your team shares: "
                               "postgresql://you@host/tradeleads"));
    m_teamPassword = new QLineEdit(application);
    m_teamPassword->setEchoMode(QLineEdit::Password);
    m_teamPassword->setAccessibleName(tr("Team server password"));
    m_teamPassword->setToolTip(tr("Kept where the API keys are, never in the settings; without it the "
                                  "password comes from ~/.pgpass"));
    connect(m_cacheFile, &QLineEdit::textChanged, this, [this](const QString& location) {
        m_teamPassword->setEnabled(PgLeadStore::isTeamServer(location.trimmed()));
    });
    auto* browse = new QPushButton(tr("&Browse…"), application);
    browse->setAccessibleName(tr("Choose the cache file"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseCacheFile);
    auto* cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheFile, 1);
    cacheRow->addWidget(browse);
    applicationForm->addRow(tr("&Language:"), m_language);
    applicationForm->addRow(tr("&Theme:"), m_theme);
    applicationForm->addRow(tr("Cache &location:"), cacheRow);
    if (auto* cacheLabel = qobject_cast<QLabel*>(applicationForm->labelForField(cacheRow)))
        cacheLabel->setBuddy(m_cacheFile);
    applicationForm->addRow(tr("Team server &password:"), m_teamPassword);
    auto* restartNote = new QLabel(tr("Language, theme and cache location apply the next time Trade Leads starts."),
                                   application);
    restartNote->setWordWrap(true);
    restartNote->setForegroundRole(QPalette::PlaceholderText);
    applicationForm->addRow(restartNote);
    layout->addWidget(application);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::resetToDefaults);
    layout->addWidget(buttons);
    load();
}

void SettingsDialog::load()
{
    QSettings settings;
    m_samKey->setText(ApiKeyStore::read(QStringLiteral("sam")));
    m_itaKey->setText(ApiKeyStore::read(QStringLiteral("ita")));
    m_keyStorage->setText(ApiKeyStore::keychainAvailable()
                              ? tr("Keys are kept in the system keychain.")
                              : tr("No keychain answers on this desktop: keys are kept in %1, readable by you only.")
                                    .arg(ApiKeyStore::keyFilePath()));
    m_samUrl->setText(settings.value(QStringLiteral("sources/samUrl")).toString());
    m_samUrl->setPlaceholderText(QStringLiteral("https://api.sam.gov"));
    m_itaUrl->setText(settings.value(QStringLiteral("sources/itaUrl")).toString());
    m_itaUrl->setPlaceholderText(QStringLiteral("https://api.trade.gov"));
    m_samCsvUrl->setText(settings.value(QStringLiteral("sources/samCsvUrl")).toString());
    m_samCsvUrl->setPlaceholderText(tr("SAM.gov's ContractOpportunitiesFullCSV.csv"));
    m_samCsv->setChecked(settings.value(QStringLiteral("sources/samCsvEnabled")).toBool());
    const int quota = settings.value(QStringLiteral("sources/samDailyQuota"), 1000).toInt();
    m_quota->setCurrentIndex(qMax(0, m_quota->findData(quota)));
    m_autoSyncHours->setValue(settings.value(QStringLiteral("sync/everyHours"), 0).toInt());
    const QStringList disabled = SourceSettings::disabledSources();
    for (QCheckBox* box : std::as_const(m_sourceSwitches))
        box->setChecked(!disabled.contains(box->property("sourceKey").toString()));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::configuredLanguage())));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(Theme::name(Theme::configured()))));
    m_cacheFile->setText(CacheFileSetting::configured());
    m_teamPassword->setEnabled(PgLeadStore::isTeamServer(m_cacheFile->text().trimmed()));
    if (const QString account = PgLeadStore::account(m_cacheFile->text().trimmed()); !account.isEmpty())
        m_teamPassword->setText(ApiKeyStore::read(ApiKeyStore::teamServerEntry(account)));
    const AttachmentSettings attachments = AttachmentSettings::fromSettings();
    m_attachmentFileMb->setValue(int(attachments.maxFileBytes / (1024 * 1024)));
    m_attachmentTotalMb->setValue(int(attachments.maxTotalBytes / (1024 * 1024)));
    m_fetchStarred->setChecked(attachments.fetchStarredAfterSync);
}

void SettingsDialog::chooseCacheFile()
{
    const QString current = m_cacheFile->text().trimmed().isEmpty() ? LeadStore::defaultPath() : m_cacheFile->text();
    // An existing cache is opened as it is; a new name starts an empty one.
    const QString path = QFileDialog::getSaveFileName(this, tr("Cache file"), current,
                                                      tr("SQLite cache (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_cacheFile->setText(path);
}

void SettingsDialog::resetToDefaults()
{
    m_samUrl->clear();
    m_itaUrl->clear();
    m_samCsvUrl->clear();
    m_samCsv->setChecked(false);
    m_quota->setCurrentIndex(m_quota->findData(1000));
    m_autoSyncHours->setValue(0);
    for (QCheckBox* box : std::as_const(m_sourceSwitches))
        box->setChecked(true);
    m_language->setCurrentIndex(0);
    m_theme->setCurrentIndex(0);
    m_cacheFile->clear();
    const AttachmentSettings defaults;
    m_attachmentFileMb->setValue(int(defaults.maxFileBytes / (1024 * 1024)));
    m_attachmentTotalMb->setValue(int(defaults.maxTotalBytes / (1024 * 1024)));
    m_fetchStarred->setChecked(defaults.fetchStarredAfterSync);
    // The keys stay: they are not settings to reset but credentials to remove by hand.
}

void SettingsDialog::accept()
{
    if (const QString cache = m_cacheFile->text().trimmed(); PgLeadStore::isTeamServer(cache)) {
        if (const Status usable = PgLeadStore::checkLocation(cache); !usable) {
            QMessageBox::warning(this, tr("Settings"), usable.errorMessage());
            return;
        }
    }
    QList<std::pair<QString, QLineEdit*>> secrets = { { QStringLiteral("sam"), m_samKey }, { QStringLiteral("ita"), m_itaKey } };
    if (const QString account = PgLeadStore::account(m_cacheFile->text().trimmed()); !account.isEmpty())
        secrets.append({ ApiKeyStore::teamServerEntry(account), m_teamPassword });
    for (const auto& [service, edit] : std::as_const(secrets)) {
        const QString key = edit->text().trimmed();
        if (key == ApiKeyStore::read(service))
            continue;
        Status saved = Done{};
        if (key.isEmpty()) {
            saved = ApiKeyStore::remove(service);
        } else if (auto written = ApiKeyStore::write(service, key); !written) {
            saved = written.error();
        }
        if (!saved) {
            QMessageBox::warning(this, tr("Settings"), saved.errorMessage());
            return;
        }
    }
    QSettings settings;
    auto store = [&settings](const QString& key, const QString& value) {
        if (value.trimmed().isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value.trimmed());
    };
    store(QStringLiteral("sources/samUrl"), m_samUrl->text());
    store(QStringLiteral("sources/itaUrl"), m_itaUrl->text());
    store(QStringLiteral("sources/samCsvUrl"), m_samCsvUrl->text());
    settings.setValue(QStringLiteral("sources/samCsvEnabled"), m_samCsv->isChecked());
    settings.setValue(QStringLiteral("sources/samDailyQuota"), m_quota->currentData().toInt());
    settings.setValue(QStringLiteral("sync/everyHours"), m_autoSyncHours->value());
    QStringList disabled;
    for (QCheckBox* box : std::as_const(m_sourceSwitches)) {
        if (!box->isChecked())
            disabled.append(box->property("sourceKey").toString());
    }
    SourceSettings::setDisabledSources(disabled);
    Translations::setConfiguredLanguage(m_language->currentData().toString());
    Theme::setConfigured(Theme::fromName(m_theme->currentData().toString()).value_or(Theme::Choice::System));
    CacheFileSetting::setConfigured(m_cacheFile->text());
    AttachmentSettings attachments;
    attachments.maxFileBytes = qint64(m_attachmentFileMb->value()) * 1024 * 1024;
    attachments.maxTotalBytes = qint64(m_attachmentTotalMb->value()) * 1024 * 1024;
    attachments.fetchStarredAfterSync = m_fetchStarred->isChecked();
    attachments.save();
    QDialog::accept();
}
