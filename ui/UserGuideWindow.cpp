#include "UserGuideWindow.h"

#include "Translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuideWindow::UserGuideWindow(QWidget* parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Trade Leads User Guide"));
    setObjectName(QStringLiteral("userGuide"));
    setModal(false);
    auto* layout = new QVBoxLayout(this);
    m_text->setObjectName(QStringLiteral("userGuideText"));
    m_text->setAccessibleName(tr("User guide"));
    m_text->setOpenExternalLinks(true);
    m_text->setMarkdown(guideMarkdown(Translations::languageFor(QLocale())));
    layout->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const int line = fontMetrics().lineSpacing();
    resize(line * 50, line * 42);
}

QString UserGuideWindow::guideMarkdown(const QString& language)
{
    QFile guide(QStringLiteral(":/docs/user-guide.%1.md").arg(language));
    if (!guide.open(QIODevice::ReadOnly)) {
        guide.setFileName(QStringLiteral(":/docs/user-guide.en.md"));
        if (!guide.open(QIODevice::ReadOnly))
            return {};
    }
    return QString::fromUtf8(guide.readAll());
}
