#pragma once

#include "util/result.h"

#include <QFuture>
#include <QPointer>

#include <type_traits>
#include <utility>

namespace ct {

/// `future.then(context, fn)` for a context that may die before the future finishes. Qt 6.4 asserts in that
/// case (debug builds) or silently drops the continuation (release builds). This runs `fn` synchronously in
/// the thread that finishes the future — CloudTwin's providers and inventory finish theirs on their owner's
/// thread — and skips it once `context` is gone. Not for futures finished on another thread (StoreWorker).
template<class T, class F>
auto thenWhileAlive(QFuture<T> future, QObject* context, F&& fn)
{
    using Return = std::invoke_result_t<F, const T&>;
    return future.then(QtFuture::Launch::Sync,
        [guard = QPointer<QObject>(context), fn = std::forward<F>(fn)](const T& value) mutable -> Return {
            if (!guard) {
                if constexpr (std::is_void_v<Return>)
                    return;
                else if constexpr (std::is_default_constructible_v<Return>)
                    return Return {}; // a default QFuture is cancelled: what follows is skipped too
                else
                    return Return(Error {ErrorCode::Unavailable, QString(), 0}); // a Result nobody reads any more
            }
            return fn(value);
        });
}

} // namespace ct
