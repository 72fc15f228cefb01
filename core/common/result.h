#pragma once

#include <QString>

namespace tukipolku {

// The outcome of a change: empty when it was saved, else a translated
// sentence telling the user what was wrong and what to do.
class Result final {
public:
    Result() = default;
    static Result failure(QString message) { return Result(std::move(message)); }

    bool ok() const { return m_message.isEmpty(); }
    explicit operator bool() const { return ok(); }
    QString message() const { return m_message; }

private:
    explicit Result(QString message) : m_message(std::move(message)) {}
    QString m_message;
};

} // namespace tukipolku
