// The console's YAML editor: Monaco (from its WebJar, through Monaco's own AMD loader) in a plain element that the
// server-side YamlEditor component owns. Edits reach the server as a debounced 'kro-change' event; the server sends
// values, error markers and "reveal" requests back through the functions below.
(function () {
  if (window.kroYamlEditor) {
    return;
  }
  const DEBOUNCE_MS = 250;
  let monacoReady;

  function loadMonaco(vsBase) {
    if (!monacoReady) {
      monacoReady = new Promise((resolve, reject) => {
        const vs = new URL(vsBase, document.baseURI).href.replace(/\/$/, '');
        window.MonacoEnvironment = {
          getWorkerUrl: () => 'data:text/javascript;charset=utf-8,' + encodeURIComponent(
            `self.MonacoEnvironment = { baseUrl: '${vs}/../' }; importScripts('${vs}/base/worker/workerMain.js');`)
        };
        const loader = document.createElement('script');
        loader.src = vs + '/loader.js';
        loader.onerror = () => reject(new Error('cannot load the editor from ' + loader.src));
        loader.onload = () => {
          window.require.config({ paths: { vs } });
          window.require(['vs/editor/editor.main'], () => resolve(window.monaco), reject);
        };
        document.head.appendChild(loader);
      });
    }
    return monacoReady;
  }

  function markersFor(model, markers) {
    return markers.map((m) => {
      const line = Math.min(Math.max(m.line, 1), model.getLineCount());
      const column = Math.max(m.column, 1);
      const word = model.getWordAtPosition({ lineNumber: line, column });
      return {
        startLineNumber: line, startColumn: column, endLineNumber: line,
        endColumn: word ? Math.max(word.endColumn, column + 1) : column + 1,
        message: m.message,
        severity: m.severity === 'warning' ? window.monaco.MarkerSeverity.Warning : window.monaco.MarkerSeverity.Error
      };
    });
  }

  window.kroYamlEditor = {
    attach(el, vsBase, value, readOnly, label) {
      el.__kroState = { value, markers: [], readOnly };
      loadMonaco(vsBase).then((monaco) => {
        if (el.__kroEditor) {
          return;
        }
        const state = el.__kroState;
        const editor = monaco.editor.create(el, {
          value: state.value, language: 'yaml', automaticLayout: true, readOnly: state.readOnly,
          minimap: { enabled: false }, scrollBeyondLastLine: false, fontSize: 13, tabSize: 2, insertSpaces: true,
          ariaLabel: label, fixedOverflowWidgets: true, renderLineHighlight: 'line'
        });
        el.__kroEditor = editor;
        let timer;
        editor.onDidChangeModelContent(() => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            el.__kroState.value = editor.getValue();
            el.dispatchEvent(new CustomEvent('kro-change', { detail: editor.getValue() }));
          }, DEBOUNCE_MS);
        });
        monaco.editor.setModelMarkers(editor.getModel(), 'kro', markersFor(editor.getModel(), state.markers));
        el.setAttribute('data-ready', '');
      }).catch((e) => {
        el.textContent = e.message;
        el.setAttribute('data-failed', '');
      });
    },
    setValue(el, value) {
      el.__kroState.value = value;
      const editor = el.__kroEditor;
      if (editor && editor.getValue() !== value) {
        editor.setValue(value);
      }
    },
    setReadOnly(el, readOnly) {
      el.__kroState.readOnly = readOnly;
      if (el.__kroEditor) {
        el.__kroEditor.updateOptions({ readOnly });
      }
    },
    setMarkers(el, markers) {
      el.__kroState.markers = markers;
      const editor = el.__kroEditor;
      if (editor) {
        window.monaco.editor.setModelMarkers(editor.getModel(), 'kro', markersFor(editor.getModel(), markers));
      }
      el.setAttribute('data-markers', String(markers.length));
    },
    reveal(el, line, column) {
      const editor = el.__kroEditor;
      if (editor) {
        editor.revealLineInCenter(line);
        editor.setPosition({ lineNumber: line, column: Math.max(column, 1) });
        editor.focus();
      }
    }
  };
})();
