#pragma once

#include "store/databaseurl.h"

#include <QStringList>

#include <vector>

namespace ct {

/// One step of the schema. Steps are applied in order, each in its own transaction, and never edited once
/// released: a change to the schema is a new step.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

/// All schema steps for the given SQL dialect (types differ slightly between SQLite, PostgreSQL and MariaDB).
std::vector<Migration> schemaMigrations(DatabaseUrl::Kind kind);

} // namespace ct
