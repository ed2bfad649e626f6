#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// API keys (keychain, else a private file), where the APIs live, which sources a sync
// takes, the SAM.gov quota tier and the automatic sync schedule.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    void load();
    void resetToDefaults();

    QLineEdit* m_samKey;
    QLineEdit* m_itaKey;
    QLabel* m_keyStorage;
    QLineEdit* m_samUrl;
    QLineEdit* m_itaUrl;
    QLineEdit* m_samCsvUrl;
    QCheckBox* m_samCsv;
    QComboBox* m_quota;
    QSpinBox* m_autoSyncHours;
    QList<QCheckBox*> m_sourceSwitches;
};
