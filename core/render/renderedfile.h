#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ct::render {

/// One generated file: where it goes below the export folder ("main-openstack/main.tf") and its bytes.
struct RenderedFile
{
    QString path; ///< relative, '/'-separated
    QByteArray bytes;
    friend bool operator==(const RenderedFile&, const RenderedFile&) = default;
};

using RenderedFiles = QList<RenderedFile>;

} // namespace ct::render
