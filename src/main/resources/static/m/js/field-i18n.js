'use strict';
/* The app's texts in both languages (written into the page by the server) and the language switch. */
const FieldI18n = (() => {
    const source = document.getElementById('field-messages');
    const tables = JSON.parse((source && source.textContent) || '{}');
    let language = localStorage.getItem('field.language') === 'en' ? 'en' : 'zh';

    function t(key, ...args) {
        let text = (tables[language] || {})[key] ?? (tables.zh || {})[key] ?? key;
        args.forEach((value, index) => { text = text.split('{' + index + '}').join(String(value)); });
        return text;
    }

    function apply(root = document) {
        root.querySelectorAll('[data-i18n]').forEach(element => { element.textContent = t(element.dataset.i18n); });
        root.querySelectorAll('[data-i18n-label]').forEach(element => {
            element.setAttribute('aria-label', t(element.dataset.i18nLabel));
        });
        document.documentElement.lang = locale();
        document.title = t('title');
    }

    function locale() {
        return language === 'zh' ? 'zh-CN' : 'en';
    }

    function toggle() {
        language = language === 'zh' ? 'en' : 'zh';
        localStorage.setItem('field.language', language);
        apply();
        document.dispatchEvent(new CustomEvent('field:language'));
    }

    return { t, apply, toggle, locale, get language() { return language; } };
})();
