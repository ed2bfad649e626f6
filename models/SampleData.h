#pragma once

#include "LeadImporter.h"
#include "Result.h"

#include <QByteArray>
#include <QDate>

class LeadStore;

// The bundled sample: about 2,000 leads across every source, so the window has something
// to show before the first sync. Its dates are moved so the sample always looks current.
namespace SampleData {

// Imports the sample with every date shifted by (today - the sample's anchor day), and
// marks the cache as holding sample data.
Result<ImportSummary> load(LeadStore& store, const QDate& today);

// Moves every YYYY-MM-DD and MM/dd/yyyy date in the text by `days`.
QByteArray shiftDates(const QByteArray& text, qint64 days);

} // namespace SampleData
