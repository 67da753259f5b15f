'use strict';
// Renders the Vigil scan report from the JSON in #vigil-data. Every value that came from the scanned estate is
// set with textContent or as an attribute value, never parsed as HTML.
(function () {
  const data = JSON.parse(document.getElementById('vigil-data').textContent);
  const severities = ['critical', 'high', 'medium', 'low', 'informational'];
  const statuses = ['fail', 'error', 'manual', 'muted', 'pass'];
  const pageSize = 50;
  const F = { check: 0, status: 1, arn: 2, type: 3, name: 4, region: 5, account: 6, message: 7, mute: 8, file: 9, line: 10 };

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined) continue;
      if (key === 'class') node.className = value; else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  function svg(tag, attributes, ...children) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }
  function count(list, key) {
    const counts = new Map();
    for (const item of list) counts.set(key(item), (counts.get(key(item)) || 0) + 1);
    return counts;
  }
  const checkOf = (finding) => data.checks[finding[F.check]];
  const when = (iso) => iso.replace('T', ' ').replace(/:\d\dZ$/, ' UTC');

  function header() {
    const inputs = data.inputs.map(i => i.kind === i.source ? i.kind : i.kind + ' ' + i.source).join(', ');
    const named = data.accounts.map(a => a.name && a.name !== a.id ? a.name + ' (' + a.id + ')' : a.id);
    const accounts = named.slice(0, 8).join(', ') + (named.length > 8 ? ' and ' + (named.length - 8) + ' more' : '');
    document.getElementById('meta').append(
      el('p', null, 'Input: ', inputs),
      el('p', null, 'Accounts: ', accounts),
      el('p', null, 'Scanned ' + when(data.scannedAt) + ', state as of ' + when(data.evaluatedAt) + ', ' + data.checkCount + ' checks over ' +
        data.resourceCount.toLocaleString('en') + ' resources. Vigil ' + data.tool.version + '.'));
  }

  function barChart(title, entries, color, percent) {
    const width = 380, bar = 18, gap = 6, label = 170;
    const max = percent ? 100 : Math.max(1, ...entries.map(e => e[1]));
    const chart = svg('svg', { width: width, height: Math.max(bar, entries.length * (bar + gap)), role: 'img', 'aria-label': title });
    entries.forEach(([name, value], i) => {
      const y = i * (bar + gap);
      const length = Math.round((width - label - 50) * (value || 0) / max);
      chart.append(
        svg('text', { x: 0, y: y + 13 }, String(name).slice(0, 26)),
        svg('rect', { x: label, y: y, width: Math.max(length, value > 0 ? 2 : 0), height: bar, fill: typeof color === 'function' ? color(name) : color }),
        svg('text', { x: label + length + 6, y: y + 13 }, percent ? (value === null ? 'n/a' : value.toFixed(1) + '%') : value.toLocaleString('en')));
    });
    return el('div', { class: 'chart' }, el('h3', null, title), entries.length ? chart : el('p', { class: 'muted-note' }, 'Nothing to show.'));
  }
  const statusColor = s => getComputedStyle(document.documentElement).getPropertyValue('--' + s) || '#888';

  function overview() {
    const section = document.getElementById('overview');
    const cards = el('div', { class: 'cards' });
    for (const status of statuses) cards.append(el('div', { class: 'card ' + status }, el('div', { class: 'value' }, (data.summary[status] || 0).toLocaleString('en')), status));
    section.append(cards);
    const failing = data.findings.filter(f => f[F.status] === 'fail');
    const charts = el('div', { class: 'charts' });
    charts.append(barChart('Failures by severity', severities.map(s => [s, data.summary.failBySeverity[s] || 0]), '#c62828'));
    charts.append(barChart('Findings by status', statuses.map(s => [s, data.summary[s] || 0]), statusColor));
    const byService = [...count(failing, f => checkOf(f).service)].sort((a, b) => b[1] - a[1]).slice(0, 15);
    charts.append(barChart('Failures by service', byService, '#c62828'));
    const byPlace = [...count(failing, f => f[F.account] + ' ' + (f[F.region] || 'global'))].sort((a, b) => b[1] - a[1]).slice(0, 15);
    charts.append(barChart('Failures by account and region', byPlace, '#ef6c00'));
    if (data.frameworks.length) charts.append(barChart('Compliance score by framework', data.frameworks.map(f => [f.id, f.score]), '#2e7d32', true));
    section.append(charts);
  }

  const view = { status: '', severity: '', service: '', account: '', text: '', sort: 'severity', descending: false, page: 0 };
  let visible = [];

  function options(select, label, values) {
    select.append(el('option', { value: '' }, label));
    for (const value of values) select.append(el('option', { value: value }, value));
  }

  function findingsSection() {
    const section = document.getElementById('findings');
    const status = el('select', { id: 'filter-status', 'aria-label': 'Status' });
    options(status, 'Every status', statuses);
    const severity = el('select', { id: 'filter-severity', 'aria-label': 'Severity' });
    options(severity, 'Every severity', severities);
    const service = el('select', { id: 'filter-service', 'aria-label': 'Service' });
    options(service, 'Every service', [...new Set(data.checks.map(c => c.service))].sort());
    const account = el('select', { id: 'filter-account', 'aria-label': 'Account' });
    options(account, 'Every account', data.accounts.map(a => a.id));
    const text = el('input', { id: 'filter-text', type: 'search', placeholder: 'Search check, resource or message', size: 36 });
    const shown = el('span', { id: 'shown', class: 'muted-note' });
    section.append(el('div', { class: 'filters' }, status, severity, service, account, text, shown));
    const columns = [['severity', 'Severity'], ['status', 'Status'], ['check', 'Check'], ['resource', 'Resource'], ['account', 'Account / region'], ['message', 'Finding']];
    const head = el('tr');
    for (const [key, label] of columns) {
      const th = el('th', { class: 'sortable', 'data-sort': key }, label);
      th.addEventListener('click', () => { view.descending = view.sort === key ? !view.descending : false; view.sort = key; view.page = 0; render(); });
      head.append(th);
    }
    const body = el('tbody', { id: 'findings-body' });
    section.append(el('table', { id: 'findings-table' }, el('thead', null, head), body));
    const previous = el('button', { id: 'page-previous', type: 'button' }, 'Previous');
    const next = el('button', { id: 'page-next', type: 'button' }, 'Next');
    const page = el('span', { id: 'page' });
    section.append(el('div', { class: 'pager' }, previous, page, next));
    previous.addEventListener('click', () => { if (view.page > 0) { view.page--; render(); } });
    next.addEventListener('click', () => { if ((view.page + 1) * pageSize < visible.length) { view.page++; render(); } });
    for (const [control, key] of [[status, 'status'], [severity, 'severity'], [service, 'service'], [account, 'account']]) {
      control.addEventListener('change', () => { view[key] = control.value; view.page = 0; render(); });
    }
    text.addEventListener('input', () => { view.text = text.value.toLowerCase(); view.page = 0; render(); });
    render();
  }

  function sortKey(finding) {
    const check = checkOf(finding);
    switch (view.sort) {
      case 'severity': return severities.indexOf(check.severity);
      case 'status': return statuses.indexOf(finding[F.status]);
      case 'check': return check.id;
      case 'resource': return finding[F.name];
      case 'account': return finding[F.account] + ' ' + (finding[F.region] || '');
      default: return finding[F.message];
    }
  }

  function render() {
    visible = data.findings.filter(f => {
      const check = checkOf(f);
      if (view.status && f[F.status] !== view.status) return false;
      if (view.severity && check.severity !== view.severity) return false;
      if (view.service && check.service !== view.service) return false;
      if (view.account && f[F.account] !== view.account) return false;
      if (view.text && !(check.id + ' ' + check.title + ' ' + f[F.name] + ' ' + f[F.arn] + ' ' + f[F.message]).toLowerCase().includes(view.text)) return false;
      return true;
    });
    const keyed = visible.map(f => [sortKey(f), f]);
    keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) * (view.descending ? -1 : 1));
    visible = keyed.map(k => k[1]);
    const body = document.getElementById('findings-body');
    body.replaceChildren();
    for (const finding of visible.slice(view.page * pageSize, (view.page + 1) * pageSize)) {
      const check = checkOf(finding);
      const row = el('tr', { class: 'finding' },
        el('td', null, check.severity),
        el('td', null, el('span', { class: 'status ' + finding[F.status] }, finding[F.status])),
        el('td', null, check.id),
        el('td', null, finding[F.name]),
        el('td', null, finding[F.account] + (finding[F.region] ? ' ' + finding[F.region] : '')),
        el('td', null, finding[F.message]));
      row.addEventListener('click', () => detail(finding));
      body.append(row);
    }
    const pages = Math.max(1, Math.ceil(visible.length / pageSize));
    document.getElementById('page').textContent = 'Page ' + (view.page + 1) + ' of ' + pages;
    document.getElementById('shown').textContent = visible.length.toLocaleString('en') + ' of ' + data.findings.length.toLocaleString('en') + ' findings';
  }

  function detail(finding) {
    const check = checkOf(finding);
    const panel = document.getElementById('detail');
    const facts = el('dl');
    const fact = (term, value) => { if (value !== null && value !== undefined && value !== '') facts.append(el('dt', null, term), el('dd', null, value)); };
    fact('Status', finding[F.status]);
    if (finding[F.mute]) fact('Muted because', finding[F.mute]);
    fact('Severity', check.severity);
    fact('Check', check.id);
    fact('Service', check.service);
    fact('Domain', check.domain);
    fact('Responsibility', check.responsibility);
    fact('Resource', finding[F.name]);
    fact('ARN', finding[F.arn]);
    fact('Type', finding[F.type]);
    fact('Account', finding[F.account]);
    fact('Region', finding[F.region]);
    if (finding[F.file]) fact('Location', finding[F.file] + (finding[F.line] ? ':' + finding[F.line] : ''));
    for (const [framework, ids] of Object.entries(check.compliance)) fact(framework, ids.join(', '));
    const close = el('button', { id: 'detail-close', type: 'button' }, 'Close');
    close.addEventListener('click', () => { panel.hidden = true; });
    const remediation = check.remediation;
    const link = el('a', { href: remediation.url, rel: 'noreferrer noopener', target: '_blank' }, remediation.url);
    panel.replaceChildren(close, el('h2', null, check.title), el('p', { id: 'detail-message' }, finding[F.message]), facts,
      el('h3', null, 'Risk'), el('p', null, check.risk),
      el('h3', null, 'Remediation'), el('p', null, remediation.text),
      el('h3', null, 'AWS CLI'), el('pre', null, remediation.cli),
      el('h3', null, 'Terraform'), el('pre', null, remediation.terraform),
      el('h3', null, 'CloudFormation'), el('pre', null, remediation.cloudformation),
      el('p', null, 'Documentation: ', link));
    panel.hidden = false;
  }

  function frameworksSection() {
    const section = document.getElementById('frameworks');
    if (!data.frameworks.length) {
      section.append(el('p', { class: 'muted-note' }, 'Run the scan with --framework ID to see per-requirement verdicts here.'));
      return;
    }
    for (const framework of data.frameworks) {
      const score = framework.score === null ? 'n/a' : framework.score.toFixed(1) + '%';
      const r = framework.requirements;
      section.append(el('h2', null, framework.name + ' ' + framework.version + ' (' + framework.id + ')'),
        el('p', null, 'Score ' + score + ': ' + r.pass + ' passed, ' + r.fail + ' failed, ' + r.error + ' could not be assessed, ' + r.manual + ' need a person\u2019s attestation.'));
      const sections = el('tbody');
      for (const s of framework.sections) {
        sections.append(el('tr', null, el('td', null, s.name), el('td', null, s.requirements.pass), el('td', null, s.requirements.fail),
          el('td', null, s.requirements.error), el('td', null, s.requirements.manual), el('td', null, s.score === null ? 'n/a' : s.score.toFixed(1) + '%')));
      }
      section.append(el('table', { class: 'sections' }, el('thead', null, el('tr', null, ...['Section', 'Pass', 'Fail', 'Error', 'Manual', 'Score'].map(h => el('th', null, h)))), sections));
      const requirements = el('tbody');
      for (const result of framework.results) {
        const note = result.checks.length ? result.checks.join(', ') : (result.manual || 'manual');
        requirements.append(el('tr', null, el('td', null, result.id), el('td', null, el('span', { class: 'status ' + (result.status || 'muted') }, result.status || 'not evaluated')),
          el('td', null, result.title), el('td', null, note)));
      }
      section.append(el('h3', null, 'Requirements'),
        el('table', { class: 'requirements' }, el('thead', null, el('tr', null, ...['Requirement', 'Verdict', 'Title', 'Checks'].map(h => el('th', null, h)))), requirements));
    }
  }

  function responsibilitiesSection() {
    const section = document.getElementById('responsibilities');
    const matrix = data.responsibilities;
    if (!matrix) {
      document.querySelector('nav button[data-tab="responsibilities"]').remove();
      section.remove();
      return;
    }
    if (!matrix.services.length) {
      section.append(el('p', { class: 'muted-note' }, 'No service of the responsibility catalog was found in this input.'));
      return;
    }
    section.append(el('p', { class: 'muted-note' }, 'For each service this estate uses: who secures what, and whether the customer\u2019s duties are met by the checks of this scan.'));
    for (const service of matrix.services) {
      section.append(el('h2', null, service.name + ' \u2014 ' + service.category));
      if (service.evidence.length) section.append(el('p', null, 'AWS\u2019s side, evidence from AWS Artifact: ' + service.evidence.map(e => e.name).join(', ')));
      const rows = el('tbody');
      for (const duty of service.duties) {
        const checks = duty.checks.map(c => c.id + (c.fail ? ' (' + c.fail + ' failing)' : c.error ? ' (' + c.error + ' errors)' : '')).join(', ');
        rows.append(el('tr', null, el('td', null, duty.owner), el('td', null, duty.title ? duty.title + ': ' + duty.text : duty.text),
          el('td', null, el('span', { class: 'status ' + duty.status }, duty.status)), el('td', null, checks || duty.manual || '')));
      }
      section.append(el('table', { class: 'duties' }, el('thead', null, el('tr', null, ...['Owner', 'Duty', 'Status', 'Checks or what to attest'].map(h => el('th', null, h)))), rows));
    }
  }

  function tabs() {
    const buttons = document.querySelectorAll('nav button');
    for (const button of buttons) {
      button.addEventListener('click', () => {
        for (const other of buttons) {
          other.setAttribute('aria-selected', String(other === button));
          document.getElementById(other.dataset.tab).hidden = other !== button;
        }
      });
    }
  }

  header();
  overview();
  findingsSection();
  frameworksSection();
  responsibilitiesSection();
  tabs();
  document.body.dataset.ready = 'true';
})();
