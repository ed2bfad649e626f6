#include "KeywordQuery.h"

#include <QStringList>

namespace KeywordQuery {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.category() == QChar::Mark_NonSpacing;
}

Token term(const QString& text, bool prefix)
{
    return { Token::Kind::Term, text, prefix };
}

bool isOperator(const Token& token)
{
    return token.kind != Token::Kind::Term;
}

} // namespace

QList<Token> parse(const QString& input)
{
    // Nobody types more: a longer text (pasted by mistake) would make a query of millions of
    // terms that runs for minutes. Control characters are spaces: a NUL ends FTS5's query.
    constexpr qsizetype kMaxLength = 4000;
    constexpr qsizetype kMaxTerms = 64;
    QString typed = input.left(kMaxLength);
    for (QChar& c : typed) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    QList<Token> tokens;
    bool lastWasOperator = true; // no operator may start the query
    const qsizetype n = typed.size();
    qsizetype i = 0;
    auto addTerm = [&](const Token& token) {
        tokens.append(token);
        lastWasOperator = false;
    };
    while (i < n && tokens.size() < kMaxTerms) {
        const QChar c = typed[i];
        if (c == u'"') {
            const qsizetype end = typed.indexOf(u'"', i + 1);
            const QString phrase = typed.mid(i + 1, (end < 0 ? n : end) - i - 1).simplified();
            i = end < 0 ? n : end + 1;
            bool hasWord = false;
            for (const QChar pc : phrase)
                hasWord = hasWord || isWordChar(pc);
            if (hasWord)
                addTerm(term(phrase, false));
            continue;
        }
        if (!isWordChar(c)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && (isWordChar(typed[end]) || ((typed[end] == u'-' || typed[end] == u'.' || typed[end] == u'\'')
                                                       && end + 1 < n && isWordChar(typed[end + 1]))))
            ++end;
        const QString word = typed.mid(i, end - i);
        const bool prefix = end < n && typed[end] == u'*';
        i = prefix ? end + 1 : end;
        const Token::Kind kind = word == QLatin1String("AND") ? Token::Kind::And
            : word == QLatin1String("OR")                     ? Token::Kind::Or
            : word == QLatin1String("NOT")                    ? Token::Kind::Not
                                                              : Token::Kind::Term;
        if (kind != Token::Kind::Term) {
            if (!lastWasOperator) {
                tokens.append({ kind, word, false });
                lastWasOperator = true;
            }
            continue;
        }
        addTerm(term(word, prefix));
    }
    while (!tokens.isEmpty() && isOperator(tokens.last()))
        tokens.removeLast();
    return tokens;
}

QString fts5(const QList<Token>& tokens)
{
    QStringList parts;
    for (const Token& token : tokens) {
        if (isOperator(token)) {
            parts.append(token.text);
            continue;
        }
        QString escaped = token.text;
        escaped.replace(u'"', QStringLiteral("\"\""));
        parts.append(u'"' + escaped + u'"' + (token.prefix ? QStringLiteral("*") : QString()));
    }
    return parts.join(u' ');
}

QStringList words(const QString& text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QString tsquery(const QList<Token>& tokens)
{
    // Operands first, then the operators between the ones that are left.
    QStringList parts;
    Token::Kind pending = Token::Kind::And;
    for (const Token& token : tokens) {
        if (isOperator(token)) {
            pending = token.kind;
            continue;
        }
        const QStringList termWords = words(token.text);
        if (termWords.isEmpty()) {
            pending = parts.isEmpty() ? Token::Kind::And : pending;
            continue;
        }
        QStringList lexemes;
        for (qsizetype w = 0; w < termWords.size(); ++w) {
            QString lexeme = termWords[w];
            lexeme.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''"));
            lexemes.append(u'\'' + lexeme + u'\''
                           + (token.prefix && w == termWords.size() - 1 ? QStringLiteral(":*") : QString()));
        }
        // Parenthesised: ! binds tighter than <->.
        const QString operand = lexemes.size() == 1 ? lexemes.first() : u'(' + lexemes.join(QStringLiteral(" <-> ")) + u')';
        if (!parts.isEmpty()) {
            parts.append(pending == Token::Kind::Or    ? QStringLiteral("|")
                             : pending == Token::Kind::Not ? QStringLiteral("& !")
                                                           : QStringLiteral("&"));
        }
        parts.append(operand);
        pending = Token::Kind::And;
    }
    return parts.join(u' ');
}

} // namespace KeywordQuery
