#pragma once

#include "SearchBacktest.h"

#include <QString>
#include <QWidget>

// A search's matches per week as bars, its new families (what it would have notified) as the
// darker foot of each bar, the weeks' Mondays below: small enough for a dialog. Until the
// numbers arrive, or when they could not be worked out, it shows a line of text instead.
class BacktestChart final : public QWidget
{
    Q_OBJECT
public:
    explicit BacktestChart(QWidget* parent = nullptr);

    void setBacktest(const SearchBacktest& backtest);
    void setPlaceholder(const QString& text); // and no bars
    const SearchBacktest& backtest() const { return m_backtest; }
    bool hasBars() const { return !m_backtest.weekStarts.isEmpty(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    SearchBacktest m_backtest;
    QString m_placeholder;
};
