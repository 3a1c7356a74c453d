// Chinese text of the publication (发布) error codes; params in {{ }}.
export const errorsPublicationZhCN = {
  'publication.year_unknown': '{{year}} 年没有科普统计报表，不能发布该年度。',
  'publication.release.not_found': '尚未发布任何数据，请稍后再来。',
};
