#include "LeadTerms.h"

#include <QSet>

namespace LeadTerms {

namespace {

constexpr double kTitleWeight = 3.0;
constexpr double kTextWeight = 1.0;

// Words every notice uses; the index's own counts drop the rest of what is common.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = {
        QStringLiteral("the"),  QStringLiteral("and"),  QStringLiteral("for"),  QStringLiteral("with"),
        QStringLiteral("from"), QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("are"),
        QStringLiteral("will"), QStringLiteral("shall"), QStringLiteral("must"), QStringLiteral("not"),
        QStringLiteral("all"),  QStringLiteral("any"),  QStringLiteral("its"),  QStringLiteral("may"),
        QStringLiteral("was"),  QStringLiteral("were"), QStringLiteral("has"),  QStringLiteral("have"),
        QStringLiteral("been"), QStringLiteral("our"),  QStringLiteral("their"), QStringLiteral("which"),
        QStringLiteral("who"),  QStringLiteral("into"), QStringLiteral("such"), QStringLiteral("per"),
        QStringLiteral("than"), QStringLiteral("other"), QStringLiteral("these"), QStringLiteral("those"),
        QStringLiteral("under"), QStringLiteral("upon"), QStringLiteral("also"), QStringLiteral("can"),
        QStringLiteral("should"), QStringLiteral("would"), QStringLiteral("each"), QStringLiteral("only"),
    };
    return words;
}

void add(QHash<QString, double>& terms, const QString& text, double weight)
{
    const QString spelled = indexSpelling(text);
    qsizetype start = -1;
    for (qsizetype i = 0; i <= spelled.size(); ++i) {
        const bool inWord = i < spelled.size() && spelled.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        if (inWord || start < 0)
            continue;
        const QString word = spelled.mid(start, i - start);
        start = -1;
        if (word.size() < 3 || word.size() > 40 || stopWords().contains(word))
            continue;
        if (std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }))
            continue;
        terms[word] += weight;
    }
}

} // namespace

QString indexSpelling(const QString& text)
{
    // unicode61 with remove_diacritics 2: the base letters, without case.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (!c.isMark())
            result.append(c);
    }
    return result.toCaseFolded();
}

QHash<QString, double> weighted(const Lead& lead)
{
    QHash<QString, double> terms;
    add(terms, lead.title, kTitleWeight);
    add(terms, lead.description.left(20000), kTextWeight); // the opening says what the work is
    add(terms, lead.agency, kTextWeight);
    return terms;
}

} // namespace LeadTerms
