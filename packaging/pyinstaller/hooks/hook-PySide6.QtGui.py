"""PyInstaller hook for PySide6.QtGui: PyInstaller's own, minus the plugins we leave out.

It takes precedence over the built-in hook because the specs pass this folder as
``hookspath``; the plugins are dropped before PyInstaller collects the libraries they
link (see bundle_parts.DROP_PLUGINS).
"""

from bundle_parts import keep_plugin
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if keep_plugin(entry)]
