#pragma once

#include "Lead.h"

#include <QHash>
#include <QString>

// The words of a lead as the keyword index spells them (case folded, accents dropped, split at
// anything that is not a letter or digit), each with its weight in the lead: a title word
// counts three times, a description or agency word once. Short words, bare numbers and the
// commonest English words are left out; what stays is what "leads like this one" are found by.
namespace LeadTerms {

QHash<QString, double> weighted(const Lead& lead);
QString indexSpelling(const QString& text); // what the index holds for a word or a text

} // namespace LeadTerms
