#pragma once

#include <QComboBox>
#include <QSignalBlocker>

#include <functional>

namespace tukipolku::ui {

// A combo box of enum values whose texts come from a labelling function, so
// that it can re-label itself when the language changes.
template <typename E>
class ChoiceFiller final {
public:
    ChoiceFiller(QComboBox *combo, std::initializer_list<E> values, std::function<QString(E)> label)
        : m_combo(combo), m_values(values), m_label(std::move(label))
    {
        relabel();
    }

    void relabel()
    {
        const int current = std::max(0, m_combo->currentIndex());
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (E value : m_values)
            m_combo->addItem(m_label(value));
        m_combo->setCurrentIndex(current);
    }
    E value() const { return m_values.at(std::max(0, m_combo->currentIndex())); }
    void setValue(E value) { m_combo->setCurrentIndex(std::max(0, int(m_values.indexOf(value)))); }

private:
    QComboBox *m_combo;
    QList<E> m_values;
    std::function<QString(E)> m_label;
};

} // namespace tukipolku::ui
