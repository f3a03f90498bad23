#pragma once

#include "render/renderedfile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace ct::render {

/// Writes rendered files below a folder, creating the folders they need. Each file is written atomically
/// (QSaveFile: a temporary file renamed over the target), so a full disk or a crash never leaves a half
/// file behind; files already written stay. Fails on the first file that cannot be written, with a message
/// that names it and the reason (read-only folder, disk full, ...).
class RenderExport
{
    Q_DECLARE_TR_FUNCTIONS(RenderExport)

public:
    static Status writeTo(const RenderedFiles& files, const QString& folder);
};

} // namespace ct::render
