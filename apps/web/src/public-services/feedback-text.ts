// The satisfaction survey's words (after an activity, no name asked), Chinese first.
const zh = {
  heading: '活动满意度评价',
  intro: '感谢您参加活动。评价不记名，大约需要一分钟；结果用于改进今后的科普活动。',
  notFound: '找不到这场活动的评价，可能活动尚未举办或已下线。',
  notYet: '活动开始后才能评价，请到时再来。',
  closed: '评价已截止（活动结束后 30 天内可以评价）。',
  overall: '总体来说，您对这次活动满意吗？',
  content: '内容是否有用、好懂？',
  organisation: '时间、场地和秩序安排得好吗？',
  scale: ['很不满意', '不满意', '一般', '满意', '很满意'],
  recommend: '您愿意把这类活动推荐给亲友吗？',
  yes: '愿意',
  no: '不愿意',
  skip: '不回答',
  comment: '意见和建议（选填，最多 500 字）',
  commentHint: '请不要填写姓名、电话等个人信息。',
  submit: '提交评价',
  missing: '请回答：{q}',
  done: '谢谢您的评价！',
  doneText: '您的意见已收到，主办单位会看到汇总结果。',
  answered: '这张电子票已经评价过了，谢谢您。',
  network: '网络不通，评价没有提交，请稍后再试。',
  fromTicket: '通过电子票评价：每张票评价一次。',
};
export type FeedbackWords = typeof zh;

const en: FeedbackWords = {
  heading: 'How was the activity?',
  intro:
    'Thank you for coming. The survey is anonymous and takes about a minute; it helps improve future activities.',
  notFound: 'No survey was found for this activity; it may not have been held yet or been taken down.',
  notYet: 'The survey opens when the activity starts; please come back then.',
  closed: 'The survey has closed (it takes answers until 30 days after the activity).',
  overall: 'Overall, how satisfied are you with the activity?',
  content: 'Was the content useful and easy to follow?',
  organisation: 'Were the time, place and order well arranged?',
  scale: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  recommend: 'Would you recommend such activities to family and friends?',
  yes: 'Yes',
  no: 'No',
  skip: 'Rather not say',
  comment: 'Comments and suggestions (optional, up to 500 characters)',
  commentHint: 'Please do not write names, phone numbers or other personal details.',
  submit: 'Send',
  missing: 'Please answer: {q}',
  done: 'Thank you!',
  doneText: 'Your answer has been received; the organiser sees the summary.',
  answered: 'This ticket has answered the survey already; thank you.',
  network: 'No connection: the answer was not sent; please try again later.',
  fromTicket: 'Answering with your ticket: one answer per ticket.',
};

export const feedbackWords = { 'zh-CN': zh, en };
