#include "BacktestChart.h"

#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

BacktestChart::BacktestChart(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Matches per week"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BacktestChart::setBacktest(const SearchBacktest& backtest)
{
    m_backtest = backtest;
    m_placeholder.clear();
    QStringList weeks;
    for (qsizetype i = 0; i < backtest.weekStarts.size(); ++i)
        weeks.append(tr("Week of %1: %2 matches, %3 new")
                         .arg(QLocale().toString(backtest.weekStarts.at(i), QLocale::ShortFormat))
                         .arg(backtest.matches.value(i))
                         .arg(backtest.newFamilies.value(i)));
    setAccessibleDescription(weeks.join(QStringLiteral("; ")));
    update();
}

void BacktestChart::setPlaceholder(const QString& text)
{
    m_backtest = {};
    m_placeholder = text;
    setAccessibleDescription(text);
    update();
}

QSize BacktestChart::sizeHint() const
{
    return { 420, fontMetrics().height() * 9 };
}

QSize BacktestChart::minimumSizeHint() const
{
    return { 240, fontMetrics().height() * 7 };
}

void BacktestChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette colours = palette();
    const QFontMetrics metrics = fontMetrics();
    const QRect area = rect().adjusted(1, 1, -1, -1);
    if (!hasBars()) {
        painter.setPen(colours.color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }

    // Room for the counts above the bars and the dates below them.
    const int lineHeight = metrics.height();
    const QRect plot = area.adjusted(2, lineHeight + 2, -2, -(lineHeight + 4));
    const qint64 most = std::max<qint64>(1, *std::max_element(m_backtest.matches.cbegin(), m_backtest.matches.cend()));
    const int weeks = int(m_backtest.weekStarts.size());
    const double slot = double(plot.width()) / weeks;
    const int barWidth = std::max(2, int(slot * 0.7));
    const QColor matchColour = colours.color(QPalette::Highlight).lighter(150);
    const QColor newColour = colours.color(QPalette::Highlight);
    // A count is written over its bar when it fits the slot; the dates every few weeks, as many as fit.
    const int dateWidth = metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 31), QStringLiteral("d MMM"))) + 8;
    const int dateStep = std::max(1, int(std::ceil(dateWidth / slot)));

    painter.setPen(colours.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int week = 0; week < weeks; ++week) {
        const int x = plot.left() + int(slot * week + (slot - barWidth) / 2);
        const qint64 matches = m_backtest.matches.value(week);
        const qint64 fresh = std::min(matches, m_backtest.newFamilies.value(week));
        const int height = int(double(plot.height()) * matches / most);
        const int newHeight = int(double(plot.height()) * fresh / most);
        painter.fillRect(QRect(x, plot.bottom() - height + 1, barWidth, height), matchColour);
        painter.fillRect(QRect(x, plot.bottom() - newHeight + 1, barWidth, newHeight), newColour);
        painter.setPen(colours.color(QPalette::WindowText));
        const QString count = QLocale().toString(matches);
        if (metrics.horizontalAdvance(count) <= slot)
            painter.drawText(QRect(int(plot.left() + slot * week), plot.bottom() - height - lineHeight - 1, int(slot),
                                   lineHeight),
                             Qt::AlignHCenter | Qt::AlignBottom, count);
        // Dates counted back from the last week, so that this week is always labelled.
        if ((weeks - 1 - week) % dateStep == 0) {
            const QString date = QLocale().toString(m_backtest.weekStarts.at(week), QStringLiteral("d MMM"));
            QRect label(0, plot.bottom() + 3, dateWidth, lineHeight);
            label.moveCenter(QPoint(int(plot.left() + slot * week + slot / 2), label.center().y()));
            label.moveLeft(std::clamp(label.left(), area.left(), area.right() - dateWidth));
            painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, date);
        }
    }
}
