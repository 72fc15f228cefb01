#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace tukipolku {

// Why a read gave no value. "Not found" is an answer (the record is not
// there, or was archived); "failed" means the database could not be read,
// and whatever the caller was about to show, print or count would be wrong.
struct Failure final {
    enum class Kind { NotFound, Failed };

    Kind kind = Kind::Failed;
    QString message; // the user's sentence, translated; empty for "not found"
    QString detail;  // the technical cause, for the log

    static Failure notFound() { return {Kind::NotFound, {}, {}}; }
    static Failure failed(QString message, QString detail = {})
    {
        return {Kind::Failed, std::move(message), std::move(detail)};
    }
};

// The value of a read, or why there is none. Reads like std::optional
// (`if (auto found = repository.find(id))`), so a caller that only needs the
// value stays short, but a caller can tell "not there" from "could not be read".
template <typename T>
class Outcome final {
public:
    Outcome(T value) : m_state(std::move(value)) {}
    Outcome(Failure failure) : m_state(std::move(failure)) {}

    bool has_value() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return has_value(); }
    bool isNotFound() const { return !has_value() && failure().kind == Failure::Kind::NotFound; }
    bool isFailed() const { return !has_value() && failure().kind == Failure::Kind::Failed; }

    const T &operator*() const { return std::get<T>(m_state); }
    T &operator*() { return std::get<T>(m_state); }
    const T *operator->() const { return &std::get<T>(m_state); }
    T *operator->() { return &std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T value_or(T fallback) const { return has_value() ? value() : std::move(fallback); }

    // Only when there is no value.
    const Failure &failure() const { return std::get<Failure>(m_state); }
    // The user's sentence when the read failed; empty otherwise.
    QString message() const { return isFailed() ? failure().message : QString(); }
    // The user's sentence for no value: the failure's, or the caller's own
    // words for "not found".
    QString messageOr(const QString &notFoundMessage) const { return isFailed() ? failure().message : notFoundMessage; }

private:
    std::variant<T, Failure> m_state;
};

} // namespace tukipolku
