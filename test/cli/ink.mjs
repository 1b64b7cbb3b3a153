// What a screenshot shows, measured in the page (it decodes the PNG): the share of dark pixels
// (text, axes, marks) and the number of pixels of one colour (a chart's bars).

/**
 * @param {import("playwright-core").Page} page
 * @param {Buffer} png
 * @param {[number, number, number]} colour
 */
export async function inkOf(page, png, colour) {
  return page.evaluate(
    async ([dataUrl, [cr, cg, cb]]) => {
      const image = new Image()
      image.src = dataUrl
      await image.decode()
      const canvas = document.createElement("canvas")
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext("2d")
      context.drawImage(image, 0, 0)
      const { data } = context.getImageData(0, 0, image.width, image.height)
      let dark = 0
      let matching = 0
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]]
        if (r < 200 || g < 200 || b < 200) dark++
        if (Math.abs(r - cr) < 12 && Math.abs(g - cg) < 12 && Math.abs(b - cb) < 12) matching++
      }
      return { dark: dark / (data.length / 4), matching, width: image.width, height: image.height }
    },
    [`data:image/png;base64,${png.toString("base64")}`, colour],
  )
}
