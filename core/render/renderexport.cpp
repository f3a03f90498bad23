#include "render/renderexport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ct::render {

using namespace Qt::StringLiterals;

Status RenderExport::writeTo(const RenderedFiles& files, const QString& folder)
{
    const QDir root(folder);
    for (const RenderedFile& file : files) {
        // Paths come from the renderer; refuse anything that would leave the export folder all the same.
        const QString relative = QDir::cleanPath(file.path);
        if (relative.isEmpty() || QDir::isAbsolutePath(relative) || relative.startsWith(u"../"_s)
            || relative == u".."_s)
            return makeError(
                ErrorCode::Internal, tr("Refusing to write \"%1\" outside the export folder.").arg(file.path));
        const QString target = root.filePath(relative);
        const QString parent = QFileInfo(target).absolutePath();
        if (!QDir().mkpath(parent))
            return makeError(ErrorCode::Io,
                tr("Could not create the folder %1. Choose a folder you can write to, or check that no file has that "
                   "name.")
                    .arg(QDir::toNativeSeparators(parent)));
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io,
                tr("Could not write %1: %2. Choose a folder you can write to.")
                    .arg(QDir::toNativeSeparators(target), out.errorString()));
        if (out.write(file.bytes) != file.bytes.size() || !out.commit())
            return makeError(ErrorCode::Io,
                tr("Could not write %1: %2. Check that the disk has free space and the folder is writable.")
                    .arg(QDir::toNativeSeparators(target), out.errorString()));
    }
    return {};
}

} // namespace ct::render
