/** 简体中文 — the language people read first. en.ts has the same keys (its type says so). */
export const zhCN = {
  app: { name: '颐养', subtitle: '养老机构与床位资源平台', language: '语言', switchTo: 'English' },
  nav: {
    kpi: '指标看板',
    targets: '规划目标',
    rollups: '月报与汇总',
    home: '工作台',
    signOut: '退出登录',
  },
  role: {
    admin: '系统管理员',
    civil_affairs: '民政部门',
    operator: '养老机构',
    assessor: '评估人员',
    family: '家属',
  },
  signIn: {
    title: '登录颐养',
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    wrong: '用户名或密码不正确',
    expired: '登录已过期，请重新登录',
  },
  home: {
    title: '工作台',
    welcome: '{{name}}，您好',
    comingSoon: '您所在角色的工作页面正在建设中，敬请期待。',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试',
    server: '服务器出错了，请稍后重试（编号 {{requestId}}）',
    unavailable: '服务暂时不可用，请稍后重试',
    forbidden: '您没有权限查看或执行此操作',
    notFound: '没有找到，或不在您的管辖范围内',
    conflict: '与已有记录冲突',
    invalid: '填写的内容有误',
    tooMany: '操作太频繁，请稍后再试',
    unknown: '出错了',
    retry: '重试',
    pageNotFound: '页面不存在',
    backHome: '返回首页',
    crashed: '页面出错了，请刷新重试',
  },
  common: { loading: '加载中…', empty: '暂无数据', refresh: '刷新', save: '保存', cancel: '取消', edit: '编辑', download: '下载' },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof zhCN>;
