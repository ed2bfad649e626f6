#pragma once

#include "Result.h"
#include "SearchBacktest.h"

#include <QDialog>

class BacktestChart;
class QCheckBox;
class QLabel;
class QLineEdit;

// Save search: the name, and what the search would have matched over the past weeks, so that
// the analyst tunes it before it starts notifying. The numbers come later, from the store's
// reader; the dialog can be answered or closed before they do.
class SaveSearchDialog final : public QDialog
{
    Q_OBJECT
public:
    // `team`: on a team server, the team the search may be shared with (empty: no choice).
    SaveSearchDialog(const QString& suggestedName, const QString& team, QWidget* parent = nullptr);

    QString name() const;
    bool shared() const;
    void showBacktest(const Result<SearchBacktest>& backtest);

    BacktestChart* chart() const { return m_chart; }
    QLabel* summary() const { return m_summary; }
    QLineEdit* nameField() const { return m_name; }
    QCheckBox* shareBox() const { return m_share; }

signals:
    void saveRequested(const QString& name, bool shared);

private:
    QLineEdit* m_name;
    QCheckBox* m_share = nullptr;
    BacktestChart* m_chart;
    QLabel* m_summary;
};
