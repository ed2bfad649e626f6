#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// API keys (keychain, else a private file), where the APIs live, which sources a sync
// takes, the SAM.gov quota tier, the automatic sync schedule, and the language, theme and
// cache file, which apply at the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    void load();
    void resetToDefaults();
    void chooseCacheFile();

    QLineEdit* m_samKey;
    QLineEdit* m_itaKey;
    QLabel* m_keyStorage;
    QLineEdit* m_samUrl;
    QLineEdit* m_itaUrl;
    QLineEdit* m_samCsvUrl;
    QCheckBox* m_samCsv;
    QComboBox* m_quota;
    QSpinBox* m_autoSyncHours;
    QSpinBox* m_attachmentFileMb;
    QSpinBox* m_attachmentTotalMb;
    QCheckBox* m_fetchStarred;
    QList<QCheckBox*> m_sourceSwitches;
    QComboBox* m_language;
    QComboBox* m_theme;
    QLineEdit* m_cacheFile;
    QLineEdit* m_teamPassword; // kept where the API keys are, under the location's account
};
