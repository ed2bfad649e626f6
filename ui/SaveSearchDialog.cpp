#include "SaveSearchDialog.h"

#include "BacktestChart.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SaveSearchDialog::SaveSearchDialog(const QString& suggestedName, const QString& team, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(suggestedName, this))
    , m_chart(new BacktestChart(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Save search"));
    auto* form = new QFormLayout;
    form->addRow(tr("Name of this search:"), m_name);
    if (!team.isEmpty()) {
        m_share = new QCheckBox(tr("S&hare with your team, %1").arg(team), this);
        m_share->setToolTip(tr("Your teammates see it in their lists and can open it; only you can change it."));
        form->addRow(QString(), m_share);
    }
    auto* heading = new QLabel(tr("What it would have matched, week by week (darker: new, which notify):"), this);
    heading->setWordWrap(true);
    m_chart->setPlaceholder(tr("Trying this search on the past %1 weeks…").arg(SearchBacktest::kDefaultWeeks));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("backtestSummary"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setEnabled(!suggestedName.trimmed().isEmpty());
    connect(m_name, &QLineEdit::textChanged, save, [save](const QString& text) { save->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit saveRequested(name(), shared());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(heading);
    layout->addWidget(m_chart);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
}

QString SaveSearchDialog::name() const
{
    return m_name->text().trimmed();
}

bool SaveSearchDialog::shared() const
{
    return m_share && m_share->isChecked();
}

void SaveSearchDialog::showBacktest(const Result<SearchBacktest>& backtest)
{
    if (!backtest) {
        m_chart->setPlaceholder(tr("Could not try this search on the past weeks."));
        m_summary->setText(backtest.errorMessage());
        return;
    }
    m_chart->setBacktest(*backtest);
    // A notice family notifies once, however many of its notices match (SearchBacktest.h).
    m_summary->setText(backtest->summary());
}
