// Messages (zh) of the uploads work; merged into the catalogue by ./index.ts.
// `files.errors.*` are the contract's keys (uploadProblem), answered by the console and the platform alike.
export const uploadsMessages = {
  files: {
    errors: {
      type: '此处不接受该类型的文件，请使用 %{types}。',
      too_large: '文件过大，上限为 %{max}。',
      empty: '文件是空的。',
      not_square: '图片必须为正方形，当前为 %{width} × %{height} 像素。',
      too_small: '图片太小：每条边至少需要 %{min} 像素。',
      too_big: '图片太大：任何一边都不能超过 %{max} 像素。',
      unreadable: '无法读取这张图片，文件可能已损坏，请重新导出后再试。',
      unknown_file: '这个文件不是本品牌上传的文件，请重新上传。',
      wrong_purpose: '这个文件是为其他用途上传的，请在这里重新上传。',
    },
  },
  uploads: {
    choose: '选择文件',
    choose_for: '选择文件：%{field}',
    drop_here: '或将文件拖到这里',
    drop_now: '松开即可上传',
    replace: '更换',
    replace_for: '更换：%{field}',
    remove: '移除',
    remove_for: '移除：%{field}',
    undo: '撤销',
    removed: '已移除 %{name}。',
    replaced: '已更换 %{name}。',
    uploading: '正在上传 %{name}…',
    uploaded: '%{name} 已上传。',
    open: '打开 %{name}',
    preview: '%{name} 的预览',
    no_file: '未上传文件',
    pdf: 'PDF 文件',
    not_square_plain: '图片必须为正方形。',
    hint: {
      types: '%{types}，不超过 %{max}',
      square: '正方形',
      min_side: '每边至少 %{min} 像素',
      side_range: '每边 %{min}–%{max} 像素',
    },
  },
};
