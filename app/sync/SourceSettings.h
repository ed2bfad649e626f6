#pragma once

#include <QString>
#include <QUrl>

// Where each API lives. Defaults are the public services; TRADELEADS_SAM_URL,
// TRADELEADS_SAM_CSV_URL and TRADELEADS_ITA_URL point them elsewhere (tests use loopback).
namespace SourceSettings {

QUrl samBaseUrl();
QUrl samCsvUrl();
QUrl itaBaseUrl();

} // namespace SourceSettings
