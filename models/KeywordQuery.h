#pragma once

#include <QList>
#include <QString>

// What a person types in the search field (plain words, "phrases", prefix*, AND, OR, NOT),
// made safe and written for each store's keyword index: FTS5's MATCH syntax for the local
// cache, a to_tsquery() text for the team server. One reading, two renderings, so that the
// same words find the same leads in both.
namespace KeywordQuery {

struct Token
{
    enum class Kind { Term, And, Or, Not };
    Kind kind = Kind::Term;
    QString text;        // a term: one word, or the words of a phrase
    bool prefix = false; // a term whose last word is a prefix ("constr*")
};

// The terms and operators of a typed text: never an operator first or last, never two in a
// row, at most 64 terms from the first 4,000 characters; control characters count as spaces.
QList<Token> parse(const QString& typed);

// FTS5: every term quoted ("road", "road repair", "constr"*), operators as typed.
QString fts5(const QList<Token>& tokens);

// PostgreSQL's to_tsquery() for the tl_simple configuration: each term split into words as
// the index splits text (every run of characters that are neither letters nor digits is a
// space, as FTS5's unicode61 does), the words of a term joined by <->, quoted (quotes and backslashes
// doubled), a prefix marked :*, AND as &, OR as |, NOT as & !. FTS5 binds NOT tighter than
// AND and AND tighter than OR; tsquery binds ! , <->, &, | in that order, so no parentheses are
// needed. A term left with no word (only underscores) is dropped with its operator.
QString tsquery(const QList<Token>& tokens);

// The words of a text as both keyword indexes split it (used for the term and for tests).
QStringList words(const QString& text);

} // namespace KeywordQuery
