pragma Singleton
import QtQuick

// Colours and sizes of the lane; large targets for gloved fingers.
QtObject {
    readonly property color background: "#eef1f5"
    readonly property color surface: "#ffffff"
    readonly property color primary: "#1b5e9e"
    readonly property color primaryText: "#ffffff"
    readonly property color text: "#1d2430"
    readonly property color mutedText: "#5b6575"
    readonly property color ok: "#2e7d32"
    readonly property color warning: "#ef8f00"
    readonly property color error: "#c62828"
    // Message banners: white bold text on these is above 6:1 (WCAG AA for any size).
    readonly property color errorStrong: "#a31515"
    readonly property color infoStrong: "#0d47a1"
    readonly property color flash: "#ffd600"
    readonly property color saving: "#2e7d32"
    readonly property color line: "#d5dae2"
    readonly property color accent: "#00897b"
    readonly property int touchTarget: 64
    readonly property int spacing: 8
    readonly property int radius: 6
    function fontSize(base, height) { return Math.round(base * Math.max(1, height / 768)) }
}
